// Places and peoples: capitalised words that name where or which nation, never who speaks.

function words(list: string): ReadonlySet<string> {
  return new Set(
    list
      .split(",")
      .map((w) => w.trim())
      .filter((w) => w !== ""),
  );
}

/**
 * Countries, regions, states and large cities, lower case ("new york", "mexico"), and the news
 * agencies' abbreviations of US states that are no word or name of their own ("Calif.", "Mich.";
 * not "Mass.", "Miss.", "Mo.", "La.", "Pa.").
 */
export const PLACES = words(`
  afghanistan, albania, algeria, andorra, angola, argentina, armenia, australia, austria,
  azerbaijan, bahamas, bahrain, bangladesh, barbados, belarus, belgium, belize, benin, bhutan,
  bolivia, bosnia, botswana, brazil, brunei, bulgaria, burkina faso, burma, burundi, cambodia,
  cameroon, canada, chad, chile, china, colombia, congo, costa rica, croatia, cuba, cyprus,
  czech republic, czechia, denmark, djibouti, dominica, dominican republic, ecuador, egypt,
  el salvador, england, eritrea, estonia, ethiopia, fiji, finland, france, gabon, gambia, georgia,
  germany, ghana, greece, grenada, guatemala, guinea, guyana, haiti, honduras, hong kong, hungary,
  iceland, india, indonesia, iran, iraq, ireland, israel, italy, ivory coast, jamaica, japan,
  jordan, kazakhstan, kenya, korea, north korea, south korea, kosovo, kuwait, kyrgyzstan, laos,
  latvia, lebanon, lesotho, liberia, libya, liechtenstein, lithuania, luxembourg, macedonia,
  madagascar, malawi, malaysia, maldives, mali, malta, mauritania, mauritius, mexico, moldova,
  monaco, mongolia, montenegro, morocco, mozambique, myanmar, namibia, nepal, netherlands, holland,
  new zealand, nicaragua, niger, nigeria, norway, oman, pakistan, palestine, panama, paraguay,
  peru, philippines, poland, portugal, qatar, romania, russia, rwanda, samoa, saudi arabia,
  scotland, senegal, serbia, seychelles, sierra leone, singapore, slovakia, slovenia, somalia,
  south africa, south sudan, spain, sri lanka, sudan, suriname, swaziland, sweden, switzerland,
  syria, taiwan, tajikistan, tanzania, thailand, tibet, togo, tonga, trinidad, tunisia, turkey,
  turkmenistan, uganda, ukraine, united arab emirates, uae, united kingdom, uk, u.k, britain,
  great britain, united states, us, u.s, usa, u.s.a, america, uruguay, uzbekistan, vatican,
  venezuela, vietnam, wales, northern ireland, yemen, zambia, zimbabwe, europe, asia, africa,
  antarctica, arctic, latin america, south america, north america, central america, middle east,
  gulf, balkans, caribbean, scandinavia, west bank, gaza, crimea, kashmir, siberia, sahara,
  alabama, alaska, arizona, arkansas, california, colorado, connecticut, delaware, florida,
  hawaii, idaho, illinois, indiana, iowa, kansas, kentucky, louisiana, maine, maryland,
  massachusetts, michigan, minnesota, mississippi, missouri, montana, nebraska, nevada,
  new hampshire, new jersey, new mexico, new york, north carolina, north dakota, ohio, oklahoma,
  oregon, pennsylvania, rhode island, south carolina, south dakota, tennessee, texas, utah,
  vermont, virginia, west virginia, washington, wisconsin, wyoming, puerto rico, guam,
  ontario, quebec, british columbia, alberta, bavaria, catalonia, flanders, sicily, sardinia,
  new york city, los angeles, chicago, houston, phoenix, philadelphia, san antonio, san diego,
  dallas, san jose, austin, jacksonville, san francisco, columbus, seattle, denver, boston,
  detroit, nashville, memphis, portland, las vegas, baltimore, milwaukee, albuquerque, tucson,
  fresno, sacramento, atlanta, miami, oakland, minneapolis, st. paul, cleveland, pittsburgh,
  cincinnati, st. louis, orlando, tampa, new orleans, honolulu, anchorage, buffalo, richmond,
  raleigh, charlotte, omaha, kansas city, salt lake city, hartford, newark, brooklyn, manhattan,
  queens, bronx, harlem, hollywood, silicon valley, wall street, capitol hill, orange county,
  london, manchester, birmingham, liverpool, leeds, glasgow, edinburgh, cardiff, belfast, bristol,
  newcastle, sheffield, nottingham, leicester, southampton, oxford, cambridge, dublin, cork,
  paris, lyon, marseille, berlin, munich, hamburg, frankfurt, cologne, madrid, barcelona, lisbon,
  rome, milan, naples, turin, venice, florence, vienna, zurich, geneva, bern, brussels,
  amsterdam, rotterdam, the hague, copenhagen, stockholm, oslo, helsinki, reykjavik, warsaw,
  prague, budapest, bucharest, sofia, athens, istanbul, ankara, moscow, st. petersburg, kiev,
  kyiv, minsk, riga, vilnius, tallinn, belgrade, zagreb, sarajevo, tirana, tehran, baghdad,
  damascus, beirut, amman, jerusalem, tel aviv, cairo, riyadh, jeddah, mecca, dubai, abu dhabi,
  doha, kabul, islamabad, karachi, lahore, delhi, new delhi, mumbai, kolkata, chennai,
  bangalore, dhaka, colombo, kathmandu, beijing, shanghai, hong kong, shenzhen, guangzhou,
  tokyo, osaka, kyoto, seoul, pyongyang, taipei, manila, jakarta, bangkok, hanoi, kuala lumpur,
  sydney, melbourne, brisbane, perth, canberra, auckland, wellington, toronto, montreal,
  vancouver, ottawa, calgary, mexico city, havana, bogota, lima, santiago, buenos aires,
  sao paulo, rio de janeiro, brasilia, caracas, quito, nairobi, lagos, abuja, johannesburg,
  cape town, pretoria, addis ababa, khartoum, tripoli, tunis, algiers, casablanca, rabat, accra,
  dakar, kinshasa, kampala, harare, mogadishu, aleppo, mosul, fallujah, basra, kandahar, gaza city,
  ramallah, sochi, crimea, davos, strasbourg, luxembourg, monaco, vatican city, westminster,
  downing street, whitehall, highbury, anfield, wembley, old trafford, stamford bridge,
  ala, ariz, ark, calif, colo, conn, fla, ga, ill, kan, ky, md, mich, minn, mont, neb, nev, okla,
  ore, tenn, vt, va, wis, wyo
`);

/** Adjectives and nouns of nationality, region and faith ("Mexican", "Welsh", "Catholic"). */
export const NATIONALITIES = words(`
  american, americans, british, briton, britons, english, scottish, scots, welsh, irish, french,
  german, germans, italian, italians, spanish, portuguese, dutch, belgian, swiss, austrian,
  swedish, norwegian, danish, finnish, icelandic, polish, czech, slovak, hungarian, romanian,
  bulgarian, greek, turkish, russian, russians, ukrainian, belarusian, lithuanian, latvian,
  estonian, serbian, croatian, bosnian, albanian, mexican, mexicans, canadian, canadians,
  brazilian, argentine, argentinian, chilean, colombian, peruvian, venezuelan, cuban, chinese,
  japanese, korean, vietnamese, thai, indian, indians, pakistani, pakistanis, afghan, iranian,
  iranians, iraqi, iraqis, syrian, syrians, lebanese, israeli, israelis, palestinian,
  palestinians, egyptian, saudi, saudis, yemeni, jordanian, kurdish, kurds, arab, arabs, african,
  africans, nigerian, kenyan, ethiopian, somali, sudanese, libyan, tunisian, moroccan, algerian,
  south african, australian, australians, european, europeans, asian, asians, latino, latinos,
  latina, hispanic, hispanics, christian, christians, muslim, muslims, jewish, jews, jew,
  catholic, catholics, protestant, protestants, evangelical, evangelicals, islamic, hindu, sikh,
  buddhist, sunni, shia, shiite, western, eastern, northern, southern, republican, republicans,
  democrat, democrats, democratic, conservative, conservatives, liberal, liberals, labour, tory,
  tories, communist, communists, socialist, socialists, soviet, nazi, nazis, nordic, baltic,
  scandinavian, caribbean, welshman, englishman, frenchman, scotsman, irishman, dutchman,
  welshmen, englishmen, frenchmen, scotsmen, irishmen, dutchmen, yank, yanks, scot, spaniard, dane, swede, finn, turk, aussie, kiwi, mediterranean, atlantic, pacific, persian, ottoman, roman, byzantine
`);
