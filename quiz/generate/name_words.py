"""The word lists that tell names in an article apart (see quiz.generate.entities): words of
organisations, parties, nationalities and places, none of which is a person's name."""

from __future__ import annotations

import re

ORG_WORDS = frozenset(
    """party ministry department group inc ltd plc bank council commission office association
    observatory forces organisation organization university agency times news post journal
    corporation corp company co institute foundation federation union court committee parliament
    assembly government authority board service services society trust studios airlines motors
    industries centre center fund exchange network systems club league army navy police house
    street road zone state states kingdom republic airways holdings partners capital securities
    markets commerce chambers treasury reserve bureau alliance coalition international
    technologies communications media records entertainment games labs electronics pharmaceuticals
    bbc cbi fbi cia nato eu un imf wto opec sec fda daily sunday weekly telegraph herald gazette chronicle
    tribune mirror express observer magazine newspaper radio tv television channel website project life watch
    campaign forum initiative movement lobby unit aid relief rescue appeal action
    prison hospital school college academy airport station stadium park square bridge castle palace hall
    church cathedral museum gallery library theatre cinema hotel advisors advisers consultants associates research
    investments investors management digest review monitor guardian mail institution concern studies
    programme program survey census homes land energy petroleum oil foods properties estates developments
    construction resources mining logistics shipping insurance retail stores brands therapeutics solutions
    ventures partnership co-op cooperative co-operative dairies farms mutual networks rail railway railways
    electricity transport buses trains utilities ward district borough racing motorsport air electric power steel
    chemical chemicals pharma telecom telecoms software semiconductor aerospace automotive gas
    rovers united city athletic wanderers rangers albion hotspur county fc afc""".split()
)
# Of those, the words that are people's surnames too ("Tom Hall", "Barbara Castle", "Dwain Chambers"):
# a name ending in one is a person's only where the article says so ('Mr Hall', 'Tom Hall, a director').
SURNAMES_TOO = frozenset("hall house street church park bridge court post banks castle chambers ward power steel"
                         .split())
NOT_NAMES = frozenset(
    """the a an i in on at by for of to and but or if as it he she they we this that these those
    mr mrs ms dr however meanwhile according while after before when since during although""".split()
)

# Words that say which side someone is on, not who they are: "Tory David Heathcoat-Amory".
AFFILIATIONS = frozenset(
    """tory tories labour conservative conservatives liberal democrat democrats lib dem dems republican
    republicans democratic green greens snp ukip plaid unionist socialist independent senator mp mep msp""".split())
NATIONALITIES = frozenset(
    """American British English Scottish Welsh Irish European Chinese Japanese German French Russian Indian
    Italian Spanish African Asian Australian Canadian Mexican Brazilian Korean Iranian Iraqi Israeli Pakistani
    Dutch Swiss Swedish Norwegian Danish Finnish Polish Greek Turkish Arab Egyptian Saudi Syrian Afghan""".split())
# Places end no one's name: "Lycos Europe", "Tesco Ireland".
PLACES = frozenset(
    """Europe Asia Africa America Americas Australia Britain England Scotland Wales Ireland France Germany Spain
    Italy China Japan India Russia Canada Brazil Mexico Korea International Worldwide Online Direct North South East
    West Central Loch Bay Valley""".split())
WORDS_THAT_ARE_NAMES = frozenset(
    "mark will bill frank rob jack jo grace rose joy guy pat ray sue dean gene hope art chuck dawn sky".split())
PARTIES = frozenset("lib dem dems tory tories labour conservatives democrats republicans snp ukip plaid".split())
GIVEN_ENDINGS_OK = frozenset("jan ian sean dan stan evan alan brian juan ivan adrian julian christian vivian damian "
                             "fabian gillian lillian marian dorian florian cian kian dean".split())

# Words that head a role or title ("Defence Secretary", "chief executive", "a monitoring group").
TITLE_HEADS = frozenset(
    """secretary minister president chancellor director chairman chairwoman chair executive officer
    leader spokesman spokeswoman spokesperson governor senator judge general commissioner
    ambassador editor analyst economist mayor king queen prince princess lord sir
    professor manager founder head boss chief strategist adviser advisor consultant
    researcher scientist lawyer attorney correspondent reporter commentator partner
    deputy representative speaker whip councillor mp mep secretary-general treasurer
    owner inventor designer developer producer presenter analysts economists commander constable
    superintendent inspector sergeant prosecutor barrister solicitor detective coach captain striker
    midfielder defender goalkeeper winger surgeon physician campaigner activist historian lecturer engineer
    architect novelist diplomat envoy premier sheriff trustee bishop archbishop firefighter paramedic nurse
    doctor teacher headteacher pilot soldier corporal farmer pensioner student driver backbencher author
    actor actress singer broadcaster writer academic entrepreneur businessman businesswoman assistant volunteer
    seamstress administrator cllr forecaster astronomer astrophysicist physicist chemist biologist ecologist
    epidemiologist meteorologist geologist statistician chairperson registrar coroner magistrate curator broker
    trader planner auctioneer journalist photographer chef pastor priest vicar rabbi imam warden ranger supervisor
    coordinator organiser organizer clerk veterinarian dentist pharmacist midwife psychologist psychiatrist
    paediatrician pediatrician astronaut referee guard forward quarterback pitcher jockey cyclist sprinter skipper
    fly-half scrum-half full-back volcanologist seismologist climatologist hydrologist archaeologist sociologist
    criminologist virologist immunologist cardiologist oncologist neurologist zoologist
    pc pcso dc ds di dci dcs supt insp sgt justice justices commodore admiral colonel lieutenant brigadier
    undersecretary ceo cfo coo cto substitute teenager veteran rookie youngster debutant newcomer playmaker centre-back
    right-back left-back councilmember councilman councilwoman alderman alderwoman assemblymember assemblyman
    assemblywoman congressman congresswoman""".split()  # (British police ranks as written before a name; a judge's, an officer's)
)


# "Trade and Industry Secretary Alan Johnson", "Police and Crime Commissioner Jo Rowe": the title's portfolios
# stand before an 'and' that a run of capitals stops at ("Mr Blair and Chancellor Gordon Brown" holds none).
_JOINED_TITLE = re.compile(r"\b([A-Z][a-z]+(?:, [A-Z][a-z]+)*) and $")
PORTFOLIOS = frozenset("""Trade Industry Work Pensions Culture Media Sport Economy Economic Fiscal Labour Justice Home
    Police Fire Rescue Crime Environment Food Rural Education Skills Health Social Security Transport Local Constitutional Foreign Commonwealth
    Defence Energy Science Technology Finance Agriculture Fisheries Communications Information Employment Policy
    Planning Development Housing Communities Research Innovation Enterprise Industrial Regional""".split())


def portfolios_before(text: str, start: int) -> str | None:
    """The portfolios joined by 'and' right before `start` ("Trade and "), less the 'and', or None."""
    joined = _JOINED_TITLE.search(text, max(0, start - 40), start)
    if joined and all(word in PORTFOLIOS for word in joined.group(1).replace(",", "").split()):
        return joined.group(1)
    return None
