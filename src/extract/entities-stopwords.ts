/**
 * Common English and IT words that knowledge-base clusters sometimes use as names ("Agent", "Ghost",
 * "Cobalt", "Net", "Update"). Our own compact list: a KB alias made only of these words never
 * matches on its own (galaxy clusters) or needs a cue word nearby (ATT&CK), so "will", "said",
 * "may" or "play" never become actors. Compared lower-case.
 */
const words = `
a about above after again against agent all also an and any apple april are as at august away back
backdoor bad bank base basic be bear been before being big bird black blue bot botnet box bug build
but by call can card cat chrome city clean client cloud cobalt code cold com come computer config
control core could crypt crypto cyber dark data day december default desktop device did do does dog
domain door down download dragon drop dropper dump each east edge email empire engine error even
evil example exe explorer eye fast february file files find fire fix flash for form free friday from
game gate get ghost go gold good google great green hacker hand has have he help her here hidden
high his home hot how http https i ice if image in info install internet into is it its january java
july june just key kit king last launcher let life light like link linux list little live loader
local lock locker log long mac mail make man manager march master may me media microsoft miner mobile
monday money moon more most mouse my name net network new news night no north not note november now
october of office old on one online open or order other our out page panel password pay people phone
ping plan play plugin point port post power private pro process program project proxy public python
rat read red remote report root run said say scan search secret secure security see server service
set shadow shell she show sky small snake so soft software south spider spy star start stealer stone
storm strike sun sunday system tab task test that the their them then there these they thing
this three thursday time to tool tor tree trojan tuesday two under unknown up update user users
viewer virus wall was water way we web wednesday well west what when where which white who will
win window windows with word work worm would year you your zero
able access account active add admin agency air alert alpha android api app apps archive area army
attack auto beta bit blog border bridge business buy cash center chain change chat check child
china clear click close common company connect content copy cost country cover crack cross cut
decrypt delta demo direct dns doc double dream drive driver early earth echo encrypt end enter
entry event exit express extra face fake family fish flow fly focus force fox free front full
general ghost global gray grey ground guard guest harvest head heart hero hook host hunter ice
image impact index inside ios iron job jump keeper kernel kill lab labs land large leak level
liberty lion loader logic lucky machine magic map mark matrix max member memory message meta
mind mini mirror mission monitor nano native next nova null object ocean office omega one open
operation orange origin outlook pack paint patch path phantom pilot pink pipe pixel plus pocket
polar police premium prime print pulse purple quick radio rain random raven real record recovery
reset rock rocket royal ruby rush safe sample scout sea sentinel shark shield silent silver
simple smart smoke snow solar sonic space spark speed spring square stack status steel sticky
stream street sugar super support sync target taurus tiger titan token top total tower trade
traffic trick trust turbo ultra union unit universal vault venom victory video viper vision
voice volt wave wild wind winter wolf xp yellow first second third last best
`;

export const commonWords: ReadonlySet<string> = new Set(words.split(/\s+/).filter((w) => w !== ''));

/** True when every word of the name is a common word ("Black Energy" yes, "BlackEnergy" no). */
export function isCommonPhrase(name: string): boolean {
  const parts = name
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
  return parts.length > 0 && parts.every((w) => commonWords.has(w));
}
