// Common given names and the gender they usually carry; a hint, never a rule.

function names(list: string): string[] {
  return list.split(/\s+/).filter((n) => n !== "");
}

const MALE = names(`
  aaron abdul abdullah abraham adam adrian ahmad ahmed alan alastair albert alberto alec alejandro
  alex alexander alexandre alexei alfred ali alistair allen alvin amir anders andre andrea andreas
  andrei andrew andy angelo anthony anton antonio arnold arsene arthur ashraf augusto austin barack
  barry bart ben benjamin bernard bernie bert bill billy bob bobby boris brad bradley brandon brendan
  brett brian bruce bruno bryan byron calvin cameron carl carlo carlos cecil cesar chad charles
  charlie chris christian christoph christopher chuck clarence claude clayton clifford clint clive
  cody colin conor craig curtis cyril dale dan daniel danny darren dave david dean dennis derek
  desmond diego dimitri dmitry dominic don donald doug douglas duncan dwayne dwight earl ed eddie
  edgar eduardo edward edwin elijah elliott emile emmanuel enrique eric erik ernest ernesto eugene
  evan ezra fabio faisal felipe felix fernando francesco francis francisco frank franklin fred
  freddie freddy frederick gabriel gareth garry gary gavin geoff geoffrey george gerald gerard
  gerhard german giovanni giuseppe glenn gordon graeme graham grant greg gregory guillermo gustavo
  guy hamid hans harold harry harvey hassan hector helmut henri henry herbert herman hillel howard
  hugh hugo hussein ian ibrahim igor isaac ivan jack jacob jacques jaime jake james jamie jan jared
  jason javad javier jay jean jeb jeff jeffrey jeremy jerome jerry jesse jesus jim jimmy joachim joe
  joel johan john johnny jon jonathan jonny jordan jorge jose josef joseph josh joshua juan julian
  julio justin kamal karim karl keith ken kenneth kevin khalid kim kirk klaus kurt lance larry
  laurent lawrence lee leo leon leonard leonardo lewis liam lindsey lionel lloyd louis luca lucas
  luis luke malcolm manuel marc marco marcus mario mark martin marvin mathew matt matthew maurice
  max maxim mehmet michael michel miguel mike mikhail miles milton mitch mitchell mohamed mohammad
  mohammed muhammad murray nathan neil nelson newt nicholas nick nicolas nigel noah norman oliver
  omar oscar otto owen pablo patrick paul pedro peter phil philip philippe pierre rafael ralph
  ramon randall randy raul ray raymond reggie reginald rex reza ricardo richard rick ricky rob
  robert roberto robin rod rodney roger roland ron ronald ross roy ruben rudy rupert russell ryan
  salman sam samuel scott sean sebastian sergei sergio seth shane shaun shawn sidney simon stan
  stanley stefan stephen steve steven stuart ted terry theo theodore thomas tim timothy toby todd
  tom tommy tony travis trevor tyler valentin victor vikram vince vincent vladimir walter warren
  wayne will william willie wolfgang xavier yasser yusuf zachary kofi kwame kwesi kojo yaw olu
  oluwaseun chidi emeka chinedu obinna tunde babatunde segun ade jomo uhuru nelson thabo jacob
  cyril sipho themba ahmed mahmoud mustafa tariq omar osama bashar hafez hosni anwar recep abdel
  rashid samir karim walid nabil hamza bilal imran nawaz shehbaz asif arif amit rahul rajesh
  sanjay suresh vijay narendra manmohan ravi arjun deepak anil sunil hiroshi takeshi shinzo yoshi
  kenji akira taro jun wei ming jian hao xi li hu deng zhou yang feng lei bo sergey sergei vladimir
  dmitri dmitriy alexei aleksandr mikhail nikolai boris viktor yuri oleg andrzej lech jaroslaw
  donald tomasz pawel janusz milos vaclav viktor emmanuel francois jacques nicolas lionel jean-marc
  jean-luc pierre-yves matteo giuseppe silvio romano enrico mario luigi angela olaf helmut gerhard
  horst markus jens lars sven nils olof stefan bjorn erik magnus ingvar jose-luis pedro pablo
  mariano felipe alvaro inigo andres evo hugo nicolas rafael lula jair dilma fernando enrique
  vicente andres-manuel benjamin ehud ariel shimon yitzhak naftali yair avigdor benny bibi
`);

const FEMALE = names(`
  abigail ada adele adriana agnes aisha alexandra alexis alice alicia alison amanda amber amelia
  amy ana andrea angela angelina anita ann anna anne annette annie antonia april arvella ashley
  audrey barbara beatrice becky belinda bernadette beth betsy betty beverly bianca bonnie brenda
  bridget brittany brooke camilla cara carla carmen carol caroline carolyn cassandra catherine
  cathy cecilia celia charlotte chelsea cheryl chloe christina christine cindy claire clara
  claudia colleen connie constance courtney cristina crystal cynthia daisy dana danielle daphne
  dara darlene dawn debbie deborah debra denise diana diane dolores donna doris dorothy edith
  eileen elaine eleanor elena elisabeth elizabeth ella ellen elsa emily emma erica erin esther
  eva evelyn fatima fiona florence frances francesca gabriela gabrielle gail gemma georgina
  geraldine gillian gina gloria grace gwen hannah harriet hazel heather heidi helen helena hilary
  hillary holly ida ingrid irene iris isabel isabella jackie jacqueline jade jane janet janice
  jasmine jean jeanne jennifer jenny jessica jill joan joanna joanne jocelyn josephine joy joyce
  judith judy julia julie june karen kate katherine kathleen kathryn kathy katie kay kayla kelly
  kerry kim kimberly kirsten kristen laura lauren leah leslie lily linda lindsay lisa liz lois
  loretta lori louise lucia lucy lydia lynn madeleine maggie mandy margaret maria marian marie
  marilyn marina marion marjorie martha mary maureen megan melania melanie melinda melissa
  michele michelle mildred miranda molly monica nadia nancy naomi natalie natasha nicola nicole
  nina nora olga olivia paige pamela patricia paula pauline peggy penelope penny phyllis polly
  priscilla rachel rebecca regina renee rita roberta rosa rose rosemary ruth sabrina sally
  samantha sandra sara sarah sharon sheila shirley silvia simone sonia sophia sophie stella
  stephanie susan susanne suzanne sylvia tamara tanya tara teresa theresa tina tracy ursula
  valerie vanessa vera veronica victoria virginia vivian wanda wendy whitney yolanda yvonne zoe
  aung ama abena akosua adwoa efua ngozi chimamanda amina aisha fatou fatoumata ellen winnie
  graca graça mariam maryam benazir indira sonia priyanka sushma nirmala mamata yuko yoko akiko
  keiko naoko mei ling xiaoming yulia yuliya svetlana tatiana natalia irina elena marine segolene
  christine anne-marie ursula theresa nicola ruth mhairi arlene ingrid margrethe sanna jacinda
  helle erna kamala tulsi nikki condoleezza madeleine nancy hillary chelsea michelle malia sasha
  melania ivanka tiffany huma kellyanne
`);

/**
 * Given names carried by men and women alike ("Kim Collins" is a sprinter, "Lee Gilmore" a
 * magistrate): still given names, but they tell no gender; the pronouns after them do.
 */
const EITHER = new Set(names("kim lee jan jean andrea jamie jordan robin leslie"));

/** Given names mapped to the gender they usually carry (undefined for one carried by either). */
export const FIRST_NAMES: ReadonlyMap<string, "male" | "female" | undefined> = new Map([
  ...MALE.map((n) => [n, EITHER.has(n) ? undefined : "male"] as const),
  ...FEMALE.map((n) => [n, EITHER.has(n) ? undefined : "female"] as const),
]);
