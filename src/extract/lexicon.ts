/**
 * Word lists shared by the quote, speaker and entity steps (all lower-case).
 *
 *   REPORTING_VERBS.has('said') === true;  TITLES.has('sen') === true;  genderOf('Maria') === 'f'
 */
const set = (s: string) => new Set(s.trim().split(/\s+/));

/** Verbs (and forms) that attribute speech or writing. */
export const REPORTING_VERBS = set(`
  say says said saying read reads tell tells told telling add adds added adding write writes wrote writing
  ask asks asked note notes noted noting argue argues argued arguing explain explains explained
  insist insists insisted claim claims claimed claiming state states stated declare declares declared
  tweet tweets tweeted tweeting warn warns warned warning continue continues continued reply replies replied
  respond responds responded recall recalls recalled urge urges urged promise promises promised
  vow vows vowed admit admits admitted acknowledge acknowledges acknowledged concede concedes conceded
  suggest suggests suggested report reports reported announce announces announced predict predicts predicted
  call calls called describe describes described deny denies denied complain complains complained
  emphasize emphasizes emphasized stress stresses stressed observe observes observed quip quips quipped
  joke jokes joked shout shouts shouted yell yells yelled remind reminds reminded correct corrects corrected describe describes affirm affirms affirmed underlined roared bellowed hollered screamed remark remarks remarked recounts recounted
  boast boasts boasted charge charges charged contend contends contended maintain maintains maintained
  mention mentions mentioned assert asserts asserted posted pledged pledge pledges testified testify
  conclude concludes concluded confirm confirms confirmed reveal reveals revealed cite cites cited
  agree agrees agreed disagree believe believes believed think thinks thought chanted chant chants
  labeled labelled dubbed branded lamented laments lament wondered wonders muse mused muses
  reiterated reiterate reiterates countered counter counters interjected sighed whispered begged pleaded
  accused accuses accuse praised praises praise criticized criticizes criticised slammed blasted
  telling adding noting explaining insisting stating declaring warning asking calling describing urging
  promising vowing admitting acknowledging suggesting announcing predicting denying complaining recalling
  responding replying joking boasting charging accusing praising criticizing labeling dubbing mocking
  pledging quoting arguing touting dismissing demanded demands demand demanding likened likens compared
  compares comparing scolded scolds sings sang sing chanting proclaimed proclaims insists wrote writes
  reads typed scrawled referencing referenced lauded hailed hails questioned questions questioning ruled rules
  exclaimed exclaims pressed presses
  characterize characterized characterizes characterised comment comments commented commenting dismissed dismisses denounced denounces condemned condemns blamed blames mocked mocks ridiculed touted touts
  laughed laughs smiled sobbed cried gasped fumed snapped muttered screamed sneered scoffed raged beamed grinned
  grumbled grumbles groused grouses griped gripes quipped retorted retorts marvelled marveled mused cautioned cautions conceded
  answered answers muttering mumbled mumbling whispering shouting yelling screaming intones intoned
`);

/** Titles and roles that go before a name ("Sen.", "Finance Minister"); matched without the dot. */
export const TITLES = set(`
  mr mrs ms miss mx dr prof professor sir dame lord lady rev fr sen senator rep representative gov governor
  host moderator anchor correspondent reporter columnist commentator pollster strategist historian
  president vice prime minister secretary chancellor premier king queen prince princess pope
  gen general lt col colonel sgt sergeant capt captain cmdr adm admiral maj major cpl pvt
  judge justice mayor chairman chairwoman chair ceo cfo director commissioner attorney ambassador
  sheriff chief inspector officer detective coach speaker leader spokesman spokeswoman spokesperson
  deputy assistant acting former then late first lady majority minority whip
  clerk treasurer assessor auditor coroner registrar recorder comptroller controller
  councillor councilor councilman councilwoman alderman assemblyman assemblywoman congressman congresswoman delegate pastor bishop cardinal rabbi imam sheikh
  finance foreign interior defence defense health trade economy justice education energy home state
  republican democrat democratic gop independent candidate nominee pres gen. exec executive
  u.s. us federal national party campaign manager adviser advisor aide
  prosecutor striker goalkeeper midfielder quarterback pitcher singer actor actress rapper novelist economist
  constable superintendent cllr councillor barrister
  president-elect vice-president-elect governor-elect mayor-elect senator-elect chancellor-elect prime-minister-elect
`);

/** Determiner-led descriptions that may speak ("a company spokesperson", "officials"). */
export const ROLE_NOUNS = set(`
  spokesman spokeswoman spokesperson spokespeople official officials source sources aide aides adviser advisers
  advisor advisors analyst analysts expert experts lawyer lawyers attorney attorneys police statement report
  people residents witnesses witness critics supporters voters campaign committee ministry department
  agency office government administration company firm group organization spokesmen executives executive
  representative representatives researchers scientists economists observers investigators prosecutors
  officer officers members member leaders leader director manager strategist strategists pollster pollsters
  insiders insider person friend friends neighbor neighbour colleague colleagues doctor doctors study survey poll
  ally allies confidant confidante confidants associate associates donor donors loyalist loyalists operative operatives
  surrogate surrogates commenter commenters organizers organisers staffers volunteers
`);

export const PRONOUNS = set('he she they it i we you him her them who which this that');
export const MONTHS = set('january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec');
export const WEEKDAYS = set('monday tuesday wednesday thursday friday saturday sunday');

/** Capitalised words that start sentences or headlines but are not names. */
/** 'Port Averin', 'Mount Sera', 'Tessaly Island', 'the Narva River': names of places by their first or last word. */
export const PLACE_HEADS = set('port mount mt lake cape fort isle isla bay gulf republic kingdom emirate principality sultanate');
export const PLACE_TAILS = set('island islands isles river bay coast sea strait gulf valley province region district peninsula mountains desert lake');

/** Nouns that open a sentence before a name: 'Survivor Tomasz Reyes said', 'Witness Ana Ruiz'. */
export const OPENING_ROLES = set(`
  survivor survivors witness witnesses resident residents passenger passengers neighbour neighbor shopkeeper
  fisherman farmer teacher student doctor nurse veteran volunteer activist analyst economist historian lawyer
  attorney driver rescuer rescuers protester protesters voter voters worker workers
  pensioner mum dad mother father grandmother grandfather grandad gran teenager shopper commuter motorist cyclist
  fan fans landlord tenant businessman businesswoman entrepreneur campaigner widow widower pupil mourner
  organizer organiser organizers organisers defender winger forward midfielder goalkeeper striker
  engineer architect photographer pilot designer chef surgeon scientist researcher professor author writer poet artist
`);

export const NOT_NAMES = set(`
  the a an and but or nor so yet for if when while as at by in on of to from with without about after before
  this that these those there here it its he she they we i you his her their our my your him them us
  what who whom whose which where why how all any some many most more much no not none one two three nobody everybody somebody anybody everyone someone anyone nothing everything something
  also even still just only then than though although because since until unless however meanwhile
  mr mrs ms dr read follow click watch see related photo video image getty ap reuters update updated
  stop let please remember imagine consider forget listen pressed asked
  today tomorrow yesterday tonight now last next first second third other another each every both
  do does did is are was were be been being has have had will would can could should may might must
  yes according during despite instead under over into onto through across between against among
  latest breaking editor correction editors note sign subscribe share comment comments advertisement
  let let's please thank thanks well oh okay ok like just mostly true false half pants
  later earlier afterwards afterward separately previously again indeed besides moreover furthermore nevertheless
  nonetheless thus hence therefore initially eventually finally recently currently apparently fortunately
  unfortunately similarly likewise ultimately take consider imagine remember
  gmt utc bst cet cest est edt pst pdt cst cdt ist jst aest am pm et pt ct
`);

/** Last words marking an organisation ("Justice Department", "Acme Corp"). */
export const ORG_WORDS = set(`
  party committee department ministry agency council commission company corp corporation inc ltd llc co
  group bank university college school institute foundation association union federation league
  times post news journal herald tribune gazette chronicle telegraph courier press network channel service services board court congress
  senate house parliament assembly administration campaign office bureau center centre club team
  fund trust organization organisation society alliance coalition army navy police authority
  reuters ap cnn fbi cia nsa nato un eu gop dnc rnc abc cbs nbc msnbc fox pac magazine review
  show force charter park county islands americans republicans democrats hall street square avenue
  forum institution partners progress capital holdings airlines motors technologies institute church
  shipping logistics energy airways railways industries systems pharmaceuticals pharma media mining petroleum steel telecom insurance foods brands labs ventures solutions lines
  corps ferries cruises hospital clinic airport railway guard brigade regiment rovers wanderers athletic albion fc afc
  stores store supermarkets markets mart retail air airline cargo bancorp bankshares financial realty properties pictures studios records
  polytechnic academy museum library gallery theatre theater orchestra journal annals studies
`);

/** A small gazetteer of places (countries, US states, capitals and big cities). */
export const PLACES = set(`
  north south east west new saint san los las santa america usa us u.s. united states britain england scotland wales ireland france germany italy spain portugal
  russia ukraine china japan india pakistan iran iraq syria israel egypt turkey mexico canada brazil
  argentina australia korea cuba venezuela afghanistan libya yemen lebanon jordan saudi arabia poland
  greece sweden norway finland denmark netherlands belgium austria switzerland hungary romania
  africa europe asia nigeria kenya ethiopia somalia sudan crimea burma myanmar vietnam philippines
  indonesia thailand taiwan chile colombia peru latvia lithuania estonia
  alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho
  illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota
  mississippi missouri montana nebraska nevada hampshire jersey mexico york carolina dakota ohio oklahoma
  oregon pennsylvania rhode tennessee texas utah vermont virginia washington wisconsin wyoming
  london paris berlin moscow beijing tokyo kyiv kiev rome madrid brussels geneva toronto chicago boston
  houston dallas atlanta miami denver seattle philadelphia detroit cleveland charlotte phoenix baltimore
  manhattan brooklyn jerusalem damascus baghdad tehran kabul cairo istanbul aleppo mosul pyongyang seoul
  albania algeria andorra angola armenia azerbaijan bahamas bahrain bangladesh barbados belarus belize benin bhutan bolivia bosnia botswana brunei bulgaria burkina burundi cambodia cameroon comoros congo croatia cyprus czechia djibouti dominica ecuador eritrea eswatini fiji gabon gambia ghana grenada guatemala guinea guyana haiti honduras iceland jamaica kazakhstan kiribati kosovo kuwait kyrgyzstan laos lesotho liberia liechtenstein luxembourg madagascar malawi malaysia maldives mali malta mauritania mauritius micronesia moldova monaco mongolia montenegro morocco mozambique namibia nauru nepal nicaragua niger oman palau palestine panama paraguay qatar rwanda samoa senegal serbia seychelles singapore slovakia slovenia suriname tajikistan tanzania togo tonga tunisia turkmenistan tuvalu uganda uruguay uzbekistan vanuatu zambia zimbabwe amsterdam athens bangkok barcelona beirut belgrade bogota brasilia bratislava bucharest budapest caracas casablanca copenhagen dakar delhi mumbai kolkata chennai bangalore karachi lahore islamabad dhaka doha dubai dublin edinburgh glasgow manchester liverpool birmingham leeds bristol cardiff belfast frankfurt munich hamburg cologne helsinki hanoi havana jakarta johannesburg kampala khartoum kinshasa lagos abuja lima lisbon ljubljana luanda lusaka manila marseille lyon nice melbourne sydney brisbane perth auckland wellington minsk mogadishu montreal vancouver ottawa calgary nairobi oslo prague riga rabat riyadh jeddah rio shanghai shenzhen guangzhou wuhan stockholm taipei tallinn tashkent tbilisi tripoli tunis vienna vilnius warsaw yerevan zagreb zurich milan naples turin venice osaka kyoto busan sarajevo skopje tirana podgorica chisinau odesa odessa kharkiv lviv donetsk mariupol gaza ramallah haifa basra raqqa idlib homs benghazi sanaa aden kandahar herat kunduz peshawar quetta kashmir tibet xinjiang hebei sichuan guangdong yunnan okinawa hokkaido
`);

const FEMALE = set(`
  mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa margaret betty
  sandra ashley dorothy kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca
  laura sharon cynthia kathleen amy shirley angela helen anna ana brenda pamela nicole samantha katherine
  christine debra rachel catherine carolyn janet ruth maria heather diane virginia julie joyce victoria
  kelly christina lauren joan evelyn olivia judith megan cheryl martha andrea frances hannah jacqueline
  ann gloria jean kathryn alice teresa sara janice doris madison julia grace judy abigail marie denise
  beverly amber theresa marilyn danielle diana brittany natalie sophia rose isabella alexis kayla charlotte
  hillary chelsea melania ivanka kellyanne huma donna loretta nancy elizabeth condoleezza sonia elena
  angela theresa marine nicola jacinda ursula kamala tulsi nikki sarah michele ruth ava katie megyn
  robin leslie lynn marcia melanie carla paula sofia lucia claudia ines clara eva irene jane emma
  jill kate beth liz sue meg jen jenny becky tina gina dana erin tara kristen megan lori terri sheila
`);
const MALE = set(`
  james robert john michael william david richard joseph thomas charles christopher daniel matthew anthony
  mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey
  ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory
  frank alexander raymond patrick jack dennis jerry tyler aaron jose adam henry nathan douglas zachary
  peter kyle walter ethan jeremy harold keith christian roger noah gerald carl sean austin arthur
  lawrence jesse dylan bryan joe jordan billy bruce albert willie gabriel logan alan juan wayne roy
  ralph randy eugene vincent russell elijah louis bobby philip johnny barack bill bernie ted mike tim
  mitch chris newt rudy reince marco jeb ben rand lindsey vladimir xi kim carlos luis jorge pedro
  miguel antonio manuel francisco ali mohammed muhammad ahmed omar hassan ivan dmitry sergei boris
  emmanuel angelo giuseppe hans karl pierre jean-claude abe shinzo narendra recep bashar benjamin
  jeff josh tom tony dan dave jim bob rob ron don ken greg rick nick matt steve jon jonah phil doug eddie
  marc luke jake max leo hugo oscar felix victor martin lester lamar rex
`);

/** 'm', 'f' or undefined from a first name or an honorific. */
export function genderOf(word: string): 'm' | 'f' | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w === 'mr' || w === 'sir' || w === 'king' || w === 'prince' || w === 'lord') return 'm';
  if (w === 'mrs' || w === 'ms' || w === 'miss' || w === 'queen' || w === 'princess' || w === 'dame' || w === 'lady') return 'f';
  if (FEMALE.has(w)) return 'f';
  if (MALE.has(w)) return 'm';
  return undefined;
}

/** 'state' as a noun before an office or body: 'state chairman', 'state officials' (not the verb 'to state'). */
export const STATE_NOUN = /^(?:party|senate|senator|house|assembly|legislature|legislators?|lawmakers?|department|law|laws|officials?|budget|level|government|elections?|capitol|chairman|chairwoman|chair|representative|rep|board|police|troopers?|media|television|tv|treasurer|auditor|attorney|secretary|director|agency|agencies|workers?|employees?|funding|funds|run|owned|funded|sponsored|court|courts|supreme|prosecutors?|investigators?|regulators?|health|university|parks?)$/;
