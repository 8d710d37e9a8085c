// Country and region codes as data: ISO 3166-1 alpha-3 (which CAMEO actor codes, GDELT's
// CountryCode fields and ACLED's numeric-free exports share), CAMEO's own regional and
// organisation prefixes, and the CAMEO "known group" codes of organisations GDELT writes.
// Kept as one string per table so it reads as a table, not as code.

const ISO3 = `
ABW Aruba|AFG Afghanistan|AGO Angola|AIA Anguilla|ALB Albania|AND Andorra|ARE United Arab Emirates|ARG Argentina|ARM Armenia|ASM American Samoa|
ATG Antigua and Barbuda|AUS Australia|AUT Austria|AZE Azerbaijan|BDI Burundi|BEL Belgium|BEN Benin|BFA Burkina Faso|BGD Bangladesh|BGR Bulgaria|
BHR Bahrain|BHS Bahamas|BIH Bosnia and Herzegovina|BLR Belarus|BLZ Belize|BMU Bermuda|BOL Bolivia|BRA Brazil|BRB Barbados|BRN Brunei|
BTN Bhutan|BWA Botswana|CAF Central African Republic|CAN Canada|CHE Switzerland|CHL Chile|CHN China|CIV Côte d'Ivoire|CMR Cameroon|COD Democratic Republic of the Congo|
COG Republic of the Congo|COK Cook Islands|COL Colombia|COM Comoros|CPV Cabo Verde|CRI Costa Rica|CUB Cuba|CUW Curaçao|CYM Cayman Islands|CYP Cyprus|
CZE Czechia|DEU Germany|DJI Djibouti|DMA Dominica|DNK Denmark|DOM Dominican Republic|DZA Algeria|ECU Ecuador|EGY Egypt|ERI Eritrea|
ESH Western Sahara|ESP Spain|EST Estonia|ETH Ethiopia|FIN Finland|FJI Fiji|FLK Falkland Islands|FRA France|FRO Faroe Islands|FSM Micronesia|
GAB Gabon|GBR United Kingdom|GEO Georgia|GHA Ghana|GIB Gibraltar|GIN Guinea|GMB Gambia|GNB Guinea-Bissau|GNQ Equatorial Guinea|GRC Greece|
GRD Grenada|GRL Greenland|GTM Guatemala|GUM Guam|GUY Guyana|HKG Hong Kong|HND Honduras|HRV Croatia|HTI Haiti|HUN Hungary|
IDN Indonesia|IND India|IRL Ireland|IRN Iran|IRQ Iraq|ISL Iceland|ISR Israel|ITA Italy|JAM Jamaica|JOR Jordan|
JPN Japan|KAZ Kazakhstan|KEN Kenya|KGZ Kyrgyzstan|KHM Cambodia|KIR Kiribati|KNA Saint Kitts and Nevis|KOR South Korea|KWT Kuwait|LAO Laos|
LBN Lebanon|LBR Liberia|LBY Libya|LCA Saint Lucia|LIE Liechtenstein|LKA Sri Lanka|LSO Lesotho|LTU Lithuania|LUX Luxembourg|LVA Latvia|
MAC Macao|MAR Morocco|MCO Monaco|MDA Moldova|MDG Madagascar|MDV Maldives|MEX Mexico|MHL Marshall Islands|MKD North Macedonia|MLI Mali|
MLT Malta|MMR Myanmar|MNE Montenegro|MNG Mongolia|MOZ Mozambique|MRT Mauritania|MUS Mauritius|MWI Malawi|MYS Malaysia|NAM Namibia|
NCL New Caledonia|NER Niger|NGA Nigeria|NIC Nicaragua|NLD Netherlands|NOR Norway|NPL Nepal|NRU Nauru|NZL New Zealand|OMN Oman|
PAK Pakistan|PAN Panama|PER Peru|PHL Philippines|PLW Palau|PNG Papua New Guinea|POL Poland|PRI Puerto Rico|PRK North Korea|PRT Portugal|
PRY Paraguay|PSE Palestine|PYF French Polynesia|QAT Qatar|ROU Romania|RUS Russia|RWA Rwanda|SAU Saudi Arabia|SDN Sudan|SEN Senegal|
SGP Singapore|SLB Solomon Islands|SLE Sierra Leone|SLV El Salvador|SMR San Marino|SOM Somalia|SRB Serbia|SSD South Sudan|STP São Tomé and Príncipe|SUR Suriname|
SVK Slovakia|SVN Slovenia|SWE Sweden|SWZ Eswatini|SYC Seychelles|SYR Syria|TCD Chad|TGO Togo|THA Thailand|TJK Tajikistan|
TKM Turkmenistan|TLS Timor-Leste|TON Tonga|TTO Trinidad and Tobago|TUN Tunisia|TUR Türkiye|TUV Tuvalu|TWN Taiwan|TZA Tanzania|UGA Uganda|
UKR Ukraine|URY Uruguay|USA United States|UZB Uzbekistan|VAT Holy See|VCT Saint Vincent and the Grenadines|VEN Venezuela|VGB British Virgin Islands|VNM Vietnam|VUT Vanuatu|
WSM Samoa|XKX Kosovo|YEM Yemen|ZAF South Africa|ZMB Zambia|ZWE Zimbabwe`;

/** CAMEO codes that are not ISO countries: regions, and the prefixes of non-state actors. */
const CAMEO_REGIONS = `
AFR Africa|ASA Asia|BLK Balkans|CRB Caribbean|CAU Caucasus|CFR Central Africa|CAS Central Asia|CEU Central Europe|EIN East Indies|EAF Eastern Africa|
EEU Eastern Europe|EUR Europe|LAM Latin America|MEA Middle East|MDT Mediterranean|NAF North Africa|NMR North America|PGS Persian Gulf|SCN Scandinavia|SAM South America|
SAS South Asia|SEA Southeast Asia|SAF Southern Africa|WAF West Africa|WST The West|KOS Kosovo|WSB West Bank|GZS Gaza Strip`;

/** CAMEO prefixes of actors that belong to no country: each is an organisation group of its own. */
const CAMEO_TRANSNATIONAL = `
IGO Intergovernmental organisation|NGO Non-governmental organisation|IMG International militarized group|MNC Multinational corporation|INT International or transnational actor|UIS Unidentified state actor`;

/** CAMEO known-group codes (GDELT's KnownGroupCode) of organisations often met in diplomacy. */
const KNOWN_GROUPS = `
UNO United Nations|NAT NATO|EEC European Union|IMF International Monetary Fund|WBK World Bank|WTO World Trade Organization|OPC OPEC|ARL Arab League|OAS Organization of American States|GCC Gulf Cooperation Council|
IAE International Atomic Energy Agency|ICC International Criminal Court|WHO World Health Organization|ASN ASEAN|AFB African Development Bank|OSC OSCE|RCR Red Cross and Red Crescent|AMN Amnesty International|HRW Human Rights Watch|MSF Médecins Sans Frontières`;

function table(text: string): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const entry of text.split('|')) {
    const trimmed = entry.trim();
    if (trimmed === '') continue;
    map.set(trimmed.slice(0, 3), trimmed.slice(4));
  }
  return map;
}

export const ISO3_COUNTRIES: ReadonlyMap<string, string> = table(ISO3);
export const CAMEO_REGION_NAMES: ReadonlyMap<string, string> = table(CAMEO_REGIONS);
export const CAMEO_TRANSNATIONAL_NAMES: ReadonlyMap<string, string> = table(CAMEO_TRANSNATIONAL);
export const KNOWN_GROUP_NAMES: ReadonlyMap<string, string> = table(KNOWN_GROUPS);

/** CAMEO actor role codes (the three letters after the country), as words kept as the actor's role. */
export const CAMEO_ROLES: ReadonlyMap<string, string> = table(`
GOV Government|MIL Military|REB Rebels|OPP Political opposition|PTY Political party|COP Police|JUD Judiciary|SPY Intelligence|MED Media|EDU Education|
BUS Business|CRM Criminal|CVL Civilians|HLH Health|HRI Human rights|LAB Labour|LEG Legislature|REF Refugees|ELI Elites|AGR Agriculture|
DEV Development|ENV Environment|IGO Intergovernmental organisation|NGO Non-governmental organisation|REL Religious|SET Settlers|UAF Unaligned armed forces|INS Insurgents|SEP Separatists|MOD Moderates|RAD Radicals`);

export interface PlaceOfCode {
  /** The country, region or organisation name. */
  name: string;
  /** True for organisations and other actors that belong to no country. */
  organisation: boolean;
}

/**
 * Where a CAMEO actor code or an ISO alpha-3 code belongs: "USAGOV" → United States,
 * "IGOUNO" → United Nations (an organisation), "EUR" → Europe. Undefined when unknown.
 */
export function placeOfCode(code: string): PlaceOfCode | undefined {
  const upper = code.trim().toUpperCase();
  if (upper.length < 3) return undefined;
  const prefix = upper.slice(0, 3);
  const country = ISO3_COUNTRIES.get(prefix) ?? CAMEO_REGION_NAMES.get(prefix);
  if (country) return { name: country, organisation: false };
  if (CAMEO_TRANSNATIONAL_NAMES.has(prefix)) {
    // "IGOUNO", "IGOWSTNAT": the known group is the last three letters when it is one we know.
    const group = KNOWN_GROUP_NAMES.get(upper.slice(-3));
    return { name: group ?? CAMEO_TRANSNATIONAL_NAMES.get(prefix)!, organisation: true };
  }
  const group = KNOWN_GROUP_NAMES.get(prefix);
  return group ? { name: group, organisation: true } : undefined;
}
