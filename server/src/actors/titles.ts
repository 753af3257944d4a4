const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

/** Titles in front of a person's name ("Foreign Minister Ishaq Dar"): they split a run of capitalised words. */
export const TITLES = words(`
  president presidents vice prime minister ministers secretary secretary-general undersecretary under-secretary assistant ambassador envoy
  chancellor king queen crown prince princess premier leader supreme general gen lt lieutenant col colonel maj major admiral adm commander
  chief spokesperson spokesman spokeswoman senator sen rep representative governor mayor mr mrs ms dr professor prof sir lord lady pope
  cardinal archbishop bishop sheikh emir chairman chairwoman chair director head justice judge attorney-general adviser advisor counsellor
  correspondent editor anchor host reporter deputy acting former late first`);
/** Words that qualify a title ("Foreign Minister", "Defense Secretary") and go with it. */
export const TITLE_QUALIFIERS = words(
  'foreign defence defense interior finance trade economy home external affairs oil energy justice health security national state special senior top chief',
);
/** Words a report puts between a state and a person it names, besides titles ("Russian dictator Vladimir Putin", "his U.S. counterpart, Antony Blinken"). */
export const PERSON_DESCRIPTORS = words('dictator strongman autocrat counterpart counterparts diplomat official officials top the his her its');
