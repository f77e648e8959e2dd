-- Functions: the SQL twins of the application's pure rules, the funnel helpers FUNNEL_SCHEMA.md
-- lists, and the account-limit and campaign-metric functions of the offer document, rewritten.
--
-- Conventions: every name in a body is schema-qualified, and functions that are not meant to be
-- inlined into the caller's query run with `SET search_path = pg_catalog`, so they behave the
-- same for any caller. Time-dependent functions take an optional `p_now` (default now()) so the
-- sweeps DOMAIN.md describes, and tests, can move time. Durations are written in hours
-- (90 days = 2160 hours), because timestamptz + 'N days' follows the session time zone's DST.
--
-- DOMAIN.md defects fixed here:
-- - generate_event_hash truncates the time to the hour in UTC, not in the session's time zone, and
--   equals src/modules/funnel/event-hash.ts;
-- - is_valid_transition follows DOMAIN.md's transition table exactly (nothing leaves CLIENT,
--   SUSPECT → APPOINTMENT and REENGAGEMENT → CLIENT are refused, TALENTFLOW_WARM + EVENT_REPLY
--   moves nobody) and equals src/modules/funnel/transitions.ts;
-- - reset_daily_counters / can_account_send / increment_account_counter: "today" rolls over by
--   itself (counters dated by today_last_action_at), warming accounts may send within their
--   warm-up ramp, health below 30 sends nothing, the hourly limit and the 6-minute gap are
--   checked, and increments are one conditional UPDATE so caps hold under concurrent workers;
-- - update_campaign_metrics counts from raw rows: contacts_sent = contacts with a sent message,
--   total_sent includes delivered/opened/clicked/replied messages, rates are NULL when there is
--   nothing to divide by.

-- ───────────────────────────── normalized keys and lifecycle ids ─────────────────────────────
-- Twins of src/modules/common/normalize.ts and src/modules/funnel/identity.ts: a contact row is
-- linked to the lifecycle of the person behind it by these values, so SQL and TypeScript must
-- agree to the character. JavaScript's trim() and toLowerCase() are locale independent; lower()
-- follows the database's LC_CTYPE (a database created with the C locale folds ASCII only) and the
-- server's Unicode tables, so both are spelled out here instead. They are PL/pgSQL because a
-- PL/pgSQL body is planned once per session, where a SQL body called from another non-inlined
-- function would be planned again on every call (and js_lower's table is large).

-- The characters String.prototype.trim() removes (WhiteSpace and LineTerminator).
CREATE FUNCTION public.js_trim(p_value text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog
AS $$
BEGIN
  RETURN btrim(p_value, E'\t\n\u000B\f\r \u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF');
END
$$;

-- String.prototype.toLowerCase(): every one-to-one mapping of Unicode 17 (Node 20, ICU 78),
-- generated with
--   for (cp = 0; cp < 0x110000; cp++) { c = String.fromCodePoint(cp); l = c.toLowerCase();
--     if (l !== c && [...l].length === 1) { from += c; to += l } }
-- plus U+0130 (İ), the one character that lower-cases to two ("i" and U+0307). Not mirrored: the
-- context-dependent final sigma (Σ at the end of a Greek word). test/db/normalize-identity.test.ts
-- compares it with toLowerCase() for every code point that has a lower case.
-- ASCII text (as good as every email and domain) takes the fast path: lower() under the "C"
-- collation folds exactly A-Z, on every server; translate() over the full table costs a scan of
-- it per character, so it is kept for text that needs it.
CREATE FUNCTION public.js_lower(p_value text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog
AS $$
BEGIN
  IF octet_length(p_value) = char_length(p_value) THEN
    RETURN lower(p_value COLLATE "C");
  END IF;
  RETURN translate(
    replace(p_value, E'\u0130', E'i\u0307'),
    'ABCDEFGHIJKLMNOPQRSTUVWXYZÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞĀĂĄĆĈĊČĎ' ||
    'ĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽƁƂƄƆƇƉƊƋƎƏ' ||
    'ƐƑƓƔƖƗƘƜƝƟƠƢƤƦƧƩƬƮƯƱƲƳƵƷƸƼǄǅǇǈǊǋǍǏǑǓǕǗǙǛǞǠǢǤǦǨǪǬǮǱǲǴǶǷǸǺǼǾȀȂȄȆȈȊ' ||
    'ȌȎȐȒȔȖȘȚȜȞȠȢȤȦȨȪȬȮȰȲȺȻȽȾɁɃɄɅɆɈɊɌɎͰͲͶͿΆΈΉΊΌΎΏΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥ' ||
    'ΦΧΨΩΪΫϏϘϚϜϞϠϢϤϦϨϪϬϮϴϷϹϺϽϾϿЀЁЂЃЄЅІЇЈЉЊЋЌЍЎЏАБВГДЕЖЗИЙКЛМНОПРСТУФХ' ||
    'ЦЧШЩЪЫЬЭЮЯѠѢѤѦѨѪѬѮѰѲѴѶѸѺѼѾҀҊҌҎҐҒҔҖҘҚҜҞҠҢҤҦҨҪҬҮҰҲҴҶҸҺҼҾӀӁӃӅӇӉӋӍӐӒ' ||
    'ӔӖӘӚӜӞӠӢӤӦӨӪӬӮӰӲӴӶӸӺӼӾԀԂԄԆԈԊԌԎԐԒԔԖԘԚԜԞԠԢԤԦԨԪԬԮԱԲԳԴԵԶԷԸԹԺԻԼԽԾԿՀՁՂ' ||
    'ՃՄՅՆՇՈՉՊՋՌՍՎՏՐՑՒՓՔՕՖႠႡႢႣႤႥႦႧႨႩႪႫႬႭႮႯႰႱႲႳႴႵႶႷႸႹႺႻႼႽႾႿჀჁჂჃჄჅჇჍᎠᎡᎢᎣ' ||
    'ᎤᎥᎦᎧᎨᎩᎪᎫᎬᎭᎮᎯᎰᎱᎲᎳᎴᎵᎶᎷᎸᎹᎺᎻᎼᎽᎾᎿᏀᏁᏂᏃᏄᏅᏆᏇᏈᏉᏊᏋᏌᏍᏎᏏᏐᏑᏒᏓᏔᏕᏖᏗᏘᏙᏚᏛᏜᏝᏞᏟᏠᏡᏢᏣ' ||
    'ᏤᏥᏦᏧᏨᏩᏪᏫᏬᏭᏮᏯᏰᏱᏲᏳᏴᏵᲉᲐᲑᲒᲓᲔᲕᲖᲗᲘᲙᲚᲛᲜᲝᲞᲟᲠᲡᲢᲣᲤᲥᲦᲧᲨᲩᲪᲫᲬᲭᲮᲯᲰᲱᲲᲳᲴᲵᲶᲷᲸᲹᲺᲽᲾ' ||
    'ᲿḀḂḄḆḈḊḌḎḐḒḔḖḘḚḜḞḠḢḤḦḨḪḬḮḰḲḴḶḸḺḼḾṀṂṄṆṈṊṌṎṐṒṔṖṘṚṜṞṠṢṤṦṨṪṬṮṰṲṴṶṸṺṼ' ||
    'ṾẀẂẄẆẈẊẌẎẐẒẔẞẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸỺỼỾἈἉἊ' ||
    'ἋἌἍἎἏἘἙἚἛἜἝἨἩἪἫἬἭἮἯἸἹἺἻἼἽἾἿὈὉὊὋὌὍὙὛὝὟὨὩὪὫὬὭὮὯᾈᾉᾊᾋᾌᾍᾎᾏᾘᾙᾚᾛᾜᾝᾞᾟᾨᾩᾪ' ||
    'ᾫᾬᾭᾮᾯᾸᾹᾺΆᾼῈΈῊΉῌῘῙῚΊῨῩῪΎῬῸΌῺΏῼΩKÅℲⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫⅬⅭⅮⅯↃⒶⒷⒸⒹⒺⒻⒼⒽⒾⒿⓀⓁⓂⓃ' ||
    'ⓄⓅⓆⓇⓈⓉⓊⓋⓌⓍⓎⓏⰀⰁⰂⰃⰄⰅⰆⰇⰈⰉⰊⰋⰌⰍⰎⰏⰐⰑⰒⰓⰔⰕⰖⰗⰘⰙⰚⰛⰜⰝⰞⰟⰠⰡⰢⰣⰤⰥⰦⰧⰨⰩⰪⰫⰬⰭⰮⰯⱠⱢⱣⱤ' ||
    'ⱧⱩⱫⱭⱮⱯⱰⱲⱵⱾⱿⲀⲂⲄⲆⲈⲊⲌⲎⲐⲒⲔⲖⲘⲚⲜⲞⲠⲢⲤⲦⲨⲪⲬⲮⲰⲲⲴⲶⲸⲺⲼⲾⳀⳂⳄⳆⳈⳊⳌⳎⳐⳒⳔⳖⳘⳚⳜⳞⳠⳢⳫⳭⳲ' ||
    'ꙀꙂꙄꙆꙈꙊꙌꙎꙐꙒꙔꙖꙘꙚꙜꙞꙠꙢꙤꙦꙨꙪꙬꚀꚂꚄꚆꚈꚊꚌꚎꚐꚒꚔꚖꚘꚚꜢꜤꜦꜨꜪꜬꜮꜲꜴꜶꜸꜺꜼꜾꝀꝂꝄꝆꝈꝊꝌꝎꝐꝒꝔꝖꝘ' ||
    'ꝚꝜꝞꝠꝢꝤꝦꝨꝪꝬꝮꝹꝻꝽꝾꞀꞂꞄꞆꞋꞍꞐꞒꞖꞘꞚꞜꞞꞠꞢꞤꞦꞨꞪꞫꞬꞭꞮꞰꞱꞲꞳꞴꞶꞸꞺꞼꞾꟀꟂꟄꟅꟆꟇꟉꟋꟌ꟎Ꟑ꟒꟔ꟖꟘꟚ' ||
    'ꟜꟵＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ𐐀𐐁𐐂𐐃𐐄𐐅𐐆𐐇𐐈𐐉𐐊𐐋𐐌𐐍𐐎𐐏𐐐𐐑𐐒𐐓𐐔𐐕𐐖𐐗𐐘𐐙𐐚𐐛𐐜𐐝𐐞𐐟𐐠𐐡𐐢𐐣' ||
    '𐐤𐐥𐐦𐐧𐒰𐒱𐒲𐒳𐒴𐒵𐒶𐒷𐒸𐒹𐒺𐒻𐒼𐒽𐒾𐒿𐓀𐓁𐓂𐓃𐓄𐓅𐓆𐓇𐓈𐓉𐓊𐓋𐓌𐓍𐓎𐓏𐓐𐓑𐓒𐓓𐕰𐕱𐕲𐕳𐕴𐕵𐕶𐕷𐕸𐕹𐕺𐕼𐕽𐕾𐕿𐖀𐖁𐖂𐖃𐖄𐖅𐖆𐖇𐖈' ||
    '𐖉𐖊𐖌𐖍𐖎𐖏𐖐𐖑𐖒𐖔𐖕𐲀𐲁𐲂𐲃𐲄𐲅𐲆𐲇𐲈𐲉𐲊𐲋𐲌𐲍𐲎𐲏𐲐𐲑𐲒𐲓𐲔𐲕𐲖𐲗𐲘𐲙𐲚𐲛𐲜𐲝𐲞𐲟𐲠𐲡𐲢𐲣𐲤𐲥𐲦𐲧𐲨𐲩𐲪𐲫𐲬𐲭𐲮𐲯𐲰𐲱𐲲𐵐𐵑' ||
    '𐵒𐵓𐵔𐵕𐵖𐵗𐵘𐵙𐵚𐵛𐵜𐵝𐵞𐵟𐵠𐵡𐵢𐵣𐵤𐵥𑢠𑢡𑢢𑢣𑢤𑢥𑢦𑢧𑢨𑢩𑢪𑢫𑢬𑢭𑢮𑢯𑢰𑢱𑢲𑢳𑢴𑢵𑢶𑢷𑢸𑢹𑢺𑢻𑢼𑢽𑢾𑢿𖹀𖹁𖹂𖹃𖹄𖹅𖹆𖹇𖹈𖹉𖹊𖹋' ||
    '𖹌𖹍𖹎𖹏𖹐𖹑𖹒𖹓𖹔𖹕𖹖𖹗𖹘𖹙𖹚𖹛𖹜𖹝𖹞𖹟𖺠𖺡𖺢𖺣𖺤𖺥𖺦𖺧𖺨𖺩𖺪𖺫𖺬𖺭𖺮𖺯𖺰𖺱𖺲𖺳𖺴𖺵𖺶𖺷𖺸𞤀𞤁𞤂𞤃𞤄𞤅𞤆𞤇𞤈𞤉𞤊𞤋𞤌𞤍𞤎𞤏𞤐𞤑𞤒' ||
    '𞤓𞤔𞤕𞤖𞤗𞤘𞤙𞤚𞤛𞤜𞤝𞤞𞤟𞤠𞤡',
    'abcdefghijklmnopqrstuvwxyzàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþāăąćĉċčď' ||
    'đēĕėęěĝğġģĥħĩīĭįĳĵķĺļľŀłńņňŋōŏőœŕŗřśŝşšţťŧũūŭůűųŵŷÿźżžɓƃƅɔƈɖɗƌǝə' ||
    'ɛƒɠɣɩɨƙɯɲɵơƣƥʀƨʃƭʈưʊʋƴƶʒƹƽǆǆǉǉǌǌǎǐǒǔǖǘǚǜǟǡǣǥǧǩǫǭǯǳǳǵƕƿǹǻǽǿȁȃȅȇȉȋ' ||
    'ȍȏȑȓȕȗșțȝȟƞȣȥȧȩȫȭȯȱȳⱥȼƚⱦɂƀʉʌɇɉɋɍɏͱͳͷϳάέήίόύώαβγδεζηθικλμνξοπρστυ' ||
    'φχψωϊϋϗϙϛϝϟϡϣϥϧϩϫϭϯθϸϲϻͻͼͽѐёђѓєѕіїјљњћќѝўџабвгдежзийклмнопрстуфх' ||
    'цчшщъыьэюяѡѣѥѧѩѫѭѯѱѳѵѷѹѻѽѿҁҋҍҏґғҕҗҙқҝҟҡңҥҧҩҫҭүұҳҵҷҹһҽҿӏӂӄӆӈӊӌӎӑӓ' ||
    'ӕӗәӛӝӟӡӣӥӧөӫӭӯӱӳӵӷӹӻӽӿԁԃԅԇԉԋԍԏԑԓԕԗԙԛԝԟԡԣԥԧԩԫԭԯաբգդեզէըթժիլխծկհձղ' ||
    'ճմյնշոչպջռսվտրցւփքօֆⴀⴁⴂⴃⴄⴅⴆⴇⴈⴉⴊⴋⴌⴍⴎⴏⴐⴑⴒⴓⴔⴕⴖⴗⴘⴙⴚⴛⴜⴝⴞⴟⴠⴡⴢⴣⴤⴥⴧⴭꭰꭱꭲꭳ' ||
    'ꭴꭵꭶꭷꭸꭹꭺꭻꭼꭽꭾꭿꮀꮁꮂꮃꮄꮅꮆꮇꮈꮉꮊꮋꮌꮍꮎꮏꮐꮑꮒꮓꮔꮕꮖꮗꮘꮙꮚꮛꮜꮝꮞꮟꮠꮡꮢꮣꮤꮥꮦꮧꮨꮩꮪꮫꮬꮭꮮꮯꮰꮱꮲꮳ' ||
    'ꮴꮵꮶꮷꮸꮹꮺꮻꮼꮽꮾꮿᏸᏹᏺᏻᏼᏽᲊაბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰჱჲჳჴჵჶჷჸჹჺჽჾ' ||
    'ჿḁḃḅḇḉḋḍḏḑḓḕḗḙḛḝḟḡḣḥḧḩḫḭḯḱḳḵḷḹḻḽḿṁṃṅṇṉṋṍṏṑṓṕṗṙṛṝṟṡṣṥṧṩṫṭṯṱṳṵṷṹṻṽ' ||
    'ṿẁẃẅẇẉẋẍẏẑẓẕßạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹỻỽỿἀἁἂ' ||
    'ἃἄἅἆἇἐἑἒἓἔἕἠἡἢἣἤἥἦἧἰἱἲἳἴἵἶἷὀὁὂὃὄὅὑὓὕὗὠὡὢὣὤὥὦὧᾀᾁᾂᾃᾄᾅᾆᾇᾐᾑᾒᾓᾔᾕᾖᾗᾠᾡᾢ' ||
    'ᾣᾤᾥᾦᾧᾰᾱὰάᾳὲέὴήῃῐῑὶίῠῡὺύῥὸόὼώῳωkåⅎⅰⅱⅲⅳⅴⅵⅶⅷⅸⅹⅺⅻⅼⅽⅾⅿↄⓐⓑⓒⓓⓔⓕⓖⓗⓘⓙⓚⓛⓜⓝ' ||
    'ⓞⓟⓠⓡⓢⓣⓤⓥⓦⓧⓨⓩⰰⰱⰲⰳⰴⰵⰶⰷⰸⰹⰺⰻⰼⰽⰾⰿⱀⱁⱂⱃⱄⱅⱆⱇⱈⱉⱊⱋⱌⱍⱎⱏⱐⱑⱒⱓⱔⱕⱖⱗⱘⱙⱚⱛⱜⱝⱞⱟⱡɫᵽɽ' ||
    'ⱨⱪⱬɑɱɐɒⱳⱶȿɀⲁⲃⲅⲇⲉⲋⲍⲏⲑⲓⲕⲗⲙⲛⲝⲟⲡⲣⲥⲧⲩⲫⲭⲯⲱⲳⲵⲷⲹⲻⲽⲿⳁⳃⳅⳇⳉⳋⳍⳏⳑⳓⳕⳗⳙⳛⳝⳟⳡⳣⳬⳮⳳ' ||
    'ꙁꙃꙅꙇꙉꙋꙍꙏꙑꙓꙕꙗꙙꙛꙝꙟꙡꙣꙥꙧꙩꙫꙭꚁꚃꚅꚇꚉꚋꚍꚏꚑꚓꚕꚗꚙꚛꜣꜥꜧꜩꜫꜭꜯꜳꜵꜷꜹꜻꜽꜿꝁꝃꝅꝇꝉꝋꝍꝏꝑꝓꝕꝗꝙ' ||
    'ꝛꝝꝟꝡꝣꝥꝧꝩꝫꝭꝯꝺꝼᵹꝿꞁꞃꞅꞇꞌɥꞑꞓꞗꞙꞛꞝꞟꞡꞣꞥꞧꞩɦɜɡɬɪʞʇʝꭓꞵꞷꞹꞻꞽꞿꟁꟃꞔʂᶎꟈꟊɤꟍ꟏ꟑꟓꟕꟗꟙꟛ' ||
    'ƛꟶａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ𐐨𐐩𐐪𐐫𐐬𐐭𐐮𐐯𐐰𐐱𐐲𐐳𐐴𐐵𐐶𐐷𐐸𐐹𐐺𐐻𐐼𐐽𐐾𐐿𐑀𐑁𐑂𐑃𐑄𐑅𐑆𐑇𐑈𐑉𐑊𐑋' ||
    '𐑌𐑍𐑎𐑏𐓘𐓙𐓚𐓛𐓜𐓝𐓞𐓟𐓠𐓡𐓢𐓣𐓤𐓥𐓦𐓧𐓨𐓩𐓪𐓫𐓬𐓭𐓮𐓯𐓰𐓱𐓲𐓳𐓴𐓵𐓶𐓷𐓸𐓹𐓺𐓻𐖗𐖘𐖙𐖚𐖛𐖜𐖝𐖞𐖟𐖠𐖡𐖣𐖤𐖥𐖦𐖧𐖨𐖩𐖪𐖫𐖬𐖭𐖮𐖯' ||
    '𐖰𐖱𐖳𐖴𐖵𐖶𐖷𐖸𐖹𐖻𐖼𐳀𐳁𐳂𐳃𐳄𐳅𐳆𐳇𐳈𐳉𐳊𐳋𐳌𐳍𐳎𐳏𐳐𐳑𐳒𐳓𐳔𐳕𐳖𐳗𐳘𐳙𐳚𐳛𐳜𐳝𐳞𐳟𐳠𐳡𐳢𐳣𐳤𐳥𐳦𐳧𐳨𐳩𐳪𐳫𐳬𐳭𐳮𐳯𐳰𐳱𐳲𐵰𐵱' ||
    '𐵲𐵳𐵴𐵵𐵶𐵷𐵸𐵹𐵺𐵻𐵼𐵽𐵾𐵿𐶀𐶁𐶂𐶃𐶄𐶅𑣀𑣁𑣂𑣃𑣄𑣅𑣆𑣇𑣈𑣉𑣊𑣋𑣌𑣍𑣎𑣏𑣐𑣑𑣒𑣓𑣔𑣕𑣖𑣗𑣘𑣙𑣚𑣛𑣜𑣝𑣞𑣟𖹠𖹡𖹢𖹣𖹤𖹥𖹦𖹧𖹨𖹩𖹪𖹫' ||
    '𖹬𖹭𖹮𖹯𖹰𖹱𖹲𖹳𖹴𖹵𖹶𖹷𖹸𖹹𖹺𖹻𖹼𖹽𖹾𖹿𖺻𖺼𖺽𖺾𖺿𖻀𖻁𖻂𖻃𖻄𖻅𖻆𖻇𖻈𖻉𖻊𖻋𖻌𖻍𖻎𖻏𖻐𖻑𖻒𖻓𞤢𞤣𞤤𞤥𞤦𞤧𞤨𞤩𞤪𞤫𞤬𞤭𞤮𞤯𞤰𞤱𞤲𞤳𞤴' ||
    '𞤵𞤶𞤷𞤸𞤹𞤺𞤻𞤼𞤽𞤾𞤿𞥀𞥁𞥂𞥃');
END
$$;

-- Lower-case and trimmed; NULL for blanks (normalizeEmail).
CREATE FUNCTION public.normalize_email(p_email text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog
AS $$
BEGIN
  RETURN NULLIF(public.js_lower(public.js_trim(p_email)), '');
END
$$;

-- "https://www.Example.com/about" → "example.com"; NULL for blanks (normalizeDomain). One
-- statement per line of the TypeScript, in the same order.
CREATE FUNCTION public.normalize_domain(p_input text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog
AS $$
DECLARE
  v text := public.js_lower(public.js_trim(p_input));
BEGIN
  IF v = '' THEN
    RETURN NULL;
  END IF;
  v := regexp_replace(v, '^[a-z][a-z0-9+.-]*://', '');  -- scheme
  v := regexp_replace(v, '^[^@/]*@', '');              -- credentials
  v := substring(v FROM '^[^/?#]*');                   -- path, query, fragment
  v := regexp_replace(v, ':[0-9]+$', '');              -- port
  v := regexp_replace(v, '^www[0-9]*\.', '');
  v := regexp_replace(v, '\.+$', '');
  RETURN NULLIF(v, '');
END
$$;

-- "HTTPS://www.LinkedIn.com/in/Jane-Doe/?trk=x" → "https://linkedin.com/in/jane-doe"; NULL for
-- blanks (normalizeLinkedinUrl).
CREATE FUNCTION public.normalize_linkedin_url(p_input text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog
AS $$
DECLARE
  v text := public.js_lower(public.js_trim(p_input));
BEGIN
  IF v = '' THEN
    RETURN NULL;
  END IF;
  v := regexp_replace(v, '^[a-z][a-z0-9+.-]*://', '');
  v := substring(v FROM '^[^?#]*');
  v := regexp_replace(v, '^(www\.|[a-z]{2}\.)?linkedin\.com', 'linkedin.com');
  v := regexp_replace(v, '/+$', '');
  RETURN CASE WHEN v = '' THEN NULL ELSE 'https://' || v END;
END
$$;

-- A version-8 UUID from the first 16 bytes of SHA-256(name) (nameUuid).
CREATE FUNCTION funnel.name_uuid(p_name text) RETURNS uuid
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog
AS $$
DECLARE
  h bytea := substring(sha256(convert_to(p_name, 'UTF8')) FROM 1 FOR 16);
BEGIN
  h := set_byte(h, 6, (get_byte(h, 6) & 15) | 128);  -- version 8
  h := set_byte(h, 8, (get_byte(h, 8) & 63) | 128);  -- RFC 9562 variant
  RETURN encode(h, 'hex')::uuid;
END
$$;

-- The lifecycle person id for an email address; NULL when the email is blank (personIdForEmail).
CREATE FUNCTION funnel.person_id_for_email(p_email text) RETURNS uuid
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog
AS $$
BEGIN
  RETURN funnel.name_uuid('gtm-graph:person:' || public.normalize_email(p_email));
END
$$;

-- The lifecycle company id for a domain or URL; NULL when blank (companyIdForDomain).
CREATE FUNCTION funnel.company_id_for_domain(p_domain text) RETURNS uuid
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog
AS $$
BEGIN
  RETURN funnel.name_uuid('gtm-graph:company:' || public.normalize_domain(p_domain));
END
$$;

-- The 60-day rule matches people across offers by normalized email or LinkedIn URL: these let
-- "any send to this person in the last 60 days" be an index range scan (SQL_ONLY_INDEXES).
CREATE INDEX idx_outreach_history_norm_email_sent
  ON public.outreach_history (public.normalize_email(contact_email), sent_at);
CREATE INDEX idx_outreach_history_norm_linkedin_sent
  ON public.outreach_history (public.normalize_linkedin_url(contact_linkedin_url), sent_at);

-- ───────────────────────────── funnel: lifecycle helpers ─────────────────────────────
-- The pure ones (state_to_funnel, is_valid_transition) have no SET clause, so the planner can
-- inline them into queries over many rows; their bodies touch nothing but their arguments.

-- The funnel a state belongs to; NULL for APPOINTMENT and CLIENT (they keep the funnel the person
-- came from) and for DISQUALIFIED and UNSUBSCRIBED (they keep their last value).
CREATE FUNCTION funnel.state_to_funnel(p_state funnel.lifecycle_state) RETURNS funnel.funnel_membership
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT CASE p_state
    WHEN 'SUSPECT' THEN 'COLD_UNIVERSE'::funnel.funnel_membership
    WHEN 'TALENTFLOW_WARM' THEN 'TALENTFLOW_UNIVERSE'::funnel.funnel_membership
    WHEN 'WARM' THEN 'WARM_UNIVERSE'::funnel.funnel_membership
    WHEN 'REENGAGEMENT' THEN 'REENGAGEMENT_UNIVERSE'::funnel.funnel_membership
  END
$$;

-- DOMAIN.md's transition table, row for row (src/modules/funnel/transitions.ts holds the same as
-- data; a test compares the two over every (from, to, event)). Conditions such as "the move is
-- verified" are the engine's to check; this answers whether the move can exist at all.
CREATE FUNCTION funnel.is_valid_transition(
  p_from funnel.lifecycle_state, p_to funnel.lifecycle_state, p_event funnel.event_type
) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT CASE
    WHEN p_from IS NULL OR p_to IS NULL OR p_event IS NULL OR p_from = p_to THEN false
    -- Decided against the sources: nothing leaves CLIENT, not even suppression or override.
    WHEN p_from = 'CLIENT' THEN false
    ELSE CASE p_event
      WHEN 'EVENT_REPLY' THEN p_to = 'WARM' AND p_from IN ('SUSPECT', 'REENGAGEMENT')
      WHEN 'EVENT_OPENS_X3' THEN p_from = 'SUSPECT' AND p_to = 'WARM'
      WHEN 'EVENT_CLICKS_X2' THEN p_from = 'SUSPECT' AND p_to = 'WARM'
      WHEN 'EVENT_BIT_THRESHOLD' THEN p_from = 'SUSPECT' AND p_to = 'WARM'
      WHEN 'EVENT_TALENTFLOW_MOVE' THEN p_to = 'TALENTFLOW_WARM' AND p_from IN ('SUSPECT', 'WARM', 'REENGAGEMENT')
      WHEN 'EVENT_APPOINTMENT' THEN p_to = 'APPOINTMENT' AND p_from IN ('WARM', 'TALENTFLOW_WARM', 'REENGAGEMENT')
      WHEN 'EVENT_INACTIVITY_30D' THEN p_to = 'REENGAGEMENT' AND p_from IN ('WARM', 'TALENTFLOW_WARM', 'APPOINTMENT')
      WHEN 'EVENT_REENGAGEMENT_EXHAUSTED' THEN p_from = 'REENGAGEMENT' AND p_to = 'SUSPECT'
      WHEN 'EVENT_CLIENT_SIGNED' THEN p_from = 'APPOINTMENT' AND p_to = 'CLIENT'
      WHEN 'EVENT_UNSUBSCRIBE' THEN p_to = 'UNSUBSCRIBED'
        AND p_from IN ('SUSPECT', 'WARM', 'TALENTFLOW_WARM', 'REENGAGEMENT', 'APPOINTMENT')
      -- In APPOINTMENT a bounce only flags the person.
      WHEN 'EVENT_HARD_BOUNCE' THEN p_to = 'DISQUALIFIED' AND p_from IN ('SUSPECT', 'WARM', 'TALENTFLOW_WARM', 'REENGAGEMENT')
      WHEN 'EVENT_MANUAL_OVERRIDE' THEN p_from <> 'UNSUBSCRIBED' AND p_to <> 'CLIENT'
      -- EVENT_REENGAGEMENT_TRIGGER starts a new cycle without changing the state.
      ELSE false
    END
  END
$$;

CREATE FUNCTION funnel.get_funnel_membership(p_person_id uuid) RETURNS funnel.funnel_membership
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog
AS $$
  SELECT s.funnel_membership FROM funnel.suspect_universe AS s WHERE s.person_id = p_person_id
$$;

-- False for unknown people and for people with no cooldown.
CREATE FUNCTION funnel.is_in_cooldown(p_person_id uuid, p_now timestamptz DEFAULT now()) RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog
AS $$
  SELECT COALESCE((SELECT s.cooldown_until > p_now FROM funnel.suspect_universe AS s WHERE s.person_id = p_person_id), false)
$$;

-- Events of one type in the last p_days (of 24 hours) up to p_now; duplicates do not count.
CREATE FUNCTION funnel.count_events_in_window(
  p_person_id uuid, p_event_type funnel.event_type, p_days integer DEFAULT 30, p_now timestamptz DEFAULT now()
) RETURNS integer
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog
AS $$
  SELECT count(*)::integer
  FROM funnel.engagement_events AS e
  WHERE e.person_id = p_person_id
    AND e.event_type = p_event_type
    AND NOT e.is_duplicate
    AND e.event_ts > p_now - p_days * interval '24 hours'
    AND e.event_ts <= p_now
$$;

-- The score of the person's latest bit_signal_log row; 0 when there is none.
CREATE FUNCTION funnel.get_current_bit_score(p_person_id uuid) RETURNS integer
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog
AS $$
  SELECT COALESCE((
    SELECT b.bit_score FROM funnel.bit_signal_log AS b
    WHERE b.person_id = p_person_id
    ORDER BY b.detected_ts DESC, b.created_at DESC, b.bit_log_id DESC
    LIMIT 1), 0)
$$;

-- A TalentFlow signal is fresh for 90 days: not flagged expired, its expiry (signal time + 90 days
-- when not set) still ahead, and the signal itself no older than 90 days. Verification is not
-- required: it gates SUSPECT → TALENTFLOW_WARM, which the engine checks on the signal itself.
CREATE FUNCTION funnel.has_fresh_talentflow_signal(p_person_id uuid, p_now timestamptz DEFAULT now()) RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog
AS $$
  SELECT EXISTS (
    SELECT 1 FROM funnel.talentflow_signal_log AS t
    WHERE t.person_id = p_person_id
      AND NOT t.is_expired
      AND COALESCE(t.expires_at, t.signal_ts + interval '2160 hours') > p_now
      AND t.signal_ts > p_now - interval '2160 hours'
      AND t.signal_ts <= p_now)
$$;

-- One row for a known person, none for an unknown one. first_contact_ts is the person's first
-- engagement event; days_in_current_state counts whole days since the last state change (or
-- since entering SUSPECT when the state never changed).
CREATE FUNCTION funnel.get_journey_summary(p_person_id uuid, p_now timestamptz DEFAULT now())
RETURNS TABLE (
  person_id uuid,
  suspect_id uuid,
  company_id uuid,
  email varchar(255),
  funnel_state funnel.lifecycle_state,
  funnel_membership funnel.funnel_membership,
  entered_suspect_ts timestamptz,
  first_contact_ts timestamptz,
  last_event_ts timestamptz,
  last_state_change_ts timestamptz,
  days_in_current_state integer,
  movement_count integer,
  event_count integer,
  current_bit_score integer,
  has_fresh_talentflow_signal boolean,
  is_in_cooldown boolean,
  reengagement_cycle integer
)
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog
AS $$
  SELECT
    s.person_id, s.suspect_id, s.company_id, s.email, s.funnel_state, s.funnel_membership,
    s.entered_suspect_ts,
    (SELECT min(e.event_ts) FROM funnel.engagement_events AS e WHERE e.person_id = s.person_id AND NOT e.is_duplicate),
    s.last_event_ts,
    s.last_state_change_ts,
    floor(extract(epoch FROM p_now - COALESCE(s.last_state_change_ts, s.entered_suspect_ts)) / 86400)::integer,
    (SELECT count(*)::integer FROM funnel.prospect_movement AS m WHERE m.person_id = s.person_id),
    (SELECT count(*)::integer FROM funnel.engagement_events AS e WHERE e.person_id = s.person_id AND NOT e.is_duplicate),
    funnel.get_current_bit_score(s.person_id),
    funnel.has_fresh_talentflow_signal(s.person_id, p_now),
    COALESCE(s.cooldown_until > p_now, false),
    s.reengagement_cycle
  FROM funnel.suspect_universe AS s
  WHERE s.person_id = p_person_id
$$;

-- The deduplication key of an engagement event: SHA-256, in hex, of the canonical string
--   gtm-graph:event:v1|<person uuid>|<event type>|<source system>|<source email id>|<hour>
-- where <hour> is the event time truncated to the hour in UTC as YYYY-MM-DDTHH:00:00Z (never the
-- session time zone), NULLs are empty strings, and "\" and "|" inside the two free-text fields are
-- escaped as "\\" and "\|" so different inputs cannot run together into one string.
-- src/modules/funnel/event-hash.ts computes the same. (to_char is only STABLE because of
-- locale-dependent patterns; the numeric ones used here are not, hence IMMUTABLE.)
CREATE FUNCTION funnel.generate_event_hash(
  p_person_id uuid, p_event_type funnel.event_type, p_source_system text, p_source_email_id text, p_event_ts timestamptz
) RETURNS varchar(64)
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog
AS $$
  SELECT encode(sha256(convert_to(concat_ws('|',
    'gtm-graph:event:v1',
    COALESCE(p_person_id::text, ''),
    COALESCE(p_event_type::text, ''),
    replace(replace(COALESCE(p_source_system, ''), '\', '\\'), '|', '\|'),
    replace(replace(COALESCE(p_source_email_id, ''), '\', '\\'), '|', '\|'),
    COALESCE(to_char(date_trunc('hour', p_event_ts AT TIME ZONE 'UTC'), 'YYYY-MM-DD"T"HH24":00:00Z"'), '')
  ), 'UTF8')), 'hex')
$$;

-- ───────────────────────────── public: sending accounts ─────────────────────────────
-- An account's "today" is the UTC calendar day. Accounts have no time zone of their own and send
-- for campaigns in several zones, so one fixed, documented day boundary keeps caps comparable and
-- predictable. The today_* counters belong to the day of today_last_action_at: once that day is
-- over they count as 0 everywhere (checks, increments, views), so a missed or late
-- reset_daily_counters() can never block or over-allow sending; the reset only tidies the stored
-- values. Counters with no today_last_action_at are undated and count as 0 as well.

CREATE FUNCTION public.account_day(p_ts timestamptz) RETURNS date
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT (p_ts AT TIME ZONE 'UTC')::date
$$;

-- The counter an action uses: connections, messages or emails; NULL for an unknown action. Both
-- the action types (messages.action_type) and the channels (send_queue.channel) are accepted; an
-- InMail is a LinkedIn message.
CREATE FUNCTION public.account_counter_for(p_action text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT CASE p_action
    WHEN 'connection_request' THEN 'connections'
    WHEN 'linkedin_connect' THEN 'connections'
    WHEN 'message' THEN 'messages'
    WHEN 'linkedin_dm' THEN 'messages'
    WHEN 'inmail' THEN 'messages'
    WHEN 'linkedin_inmail' THEN 'messages'
    WHEN 'email' THEN 'emails'
  END
$$;

-- The warm-up week at p_now: 1 for the first seven days after warming_started_at (or before it),
-- 2 for the next seven, …; NULL when the account never warmed up.
CREATE FUNCTION public.account_warmup_week(p_warming_started_at timestamptz, p_now timestamptz) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT CASE WHEN p_warming_started_at IS NOT NULL
    THEN greatest(1, floor(extract(epoch FROM p_now - p_warming_started_at) / (7 * 86400))::integer + 1)
  END
$$;

-- The warm-up ramp (DOMAIN.md): emails 5, 10, 20, 30 a day in weeks 1-4; LinkedIn connections
-- 5, 10, 15 and messages 10, 20, 30 in weeks 1-3. NULL = no ramp limit (not warming, or past it).
CREATE FUNCTION public.warmup_daily_cap(p_counter text, p_week integer) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT CASE p_counter
    WHEN 'emails' THEN (ARRAY[5, 10, 20, 30])[p_week]
    WHEN 'connections' THEN (ARRAY[5, 10, 15])[p_week]
    WHEN 'messages' THEN (ARRAY[10, 20, 30])[p_week]
  END
$$;

-- Status active or warming and health of at least 30; anything else sends nothing.
CREATE FUNCTION public.account_is_sendable(p_account public.accounts) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT p_account.status IN ('active', 'warming') AND p_account.health_score >= 30
$$;

-- Today's value of one counter at p_now (0 once the counter's day is over).
CREATE FUNCTION public.account_today_count(p_account public.accounts, p_counter text, p_now timestamptz) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT CASE
    WHEN p_account.today_last_action_at IS NULL
      OR public.account_day(p_account.today_last_action_at) <> public.account_day(p_now) THEN 0
    WHEN p_counter = 'connections' THEN p_account.today_connections
    WHEN p_counter = 'messages' THEN p_account.today_messages
    WHEN p_counter = 'emails' THEN p_account.today_emails
  END
$$;

-- The daily cap of an action for an account row: the configured limit, lowered by the warm-up
-- ramp, and 0 for an action the account's type cannot perform (email accounts send email only,
-- LinkedIn accounts everything else); NULL for an unknown action.
CREATE FUNCTION public.account_row_daily_cap(p_account public.accounts, p_action text, p_now timestamptz) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT CASE
    WHEN c.counter IS NULL THEN NULL
    WHEN (p_account.type = 'email') <> (c.counter = 'emails') THEN 0
    -- least() ignores NULL: no ramp limit leaves the configured one.
    ELSE least(
      CASE c.counter
        WHEN 'connections' THEN p_account.daily_limit_connections
        WHEN 'messages' THEN p_account.daily_limit_messages
        WHEN 'emails' THEN p_account.daily_limit_emails
      END,
      public.warmup_daily_cap(c.counter, public.account_warmup_week(p_account.warming_started_at, p_now)))
  END
  FROM (SELECT public.account_counter_for(p_action) AS counter) AS c
$$;

-- The daily cap of an action for an account at p_now (account_row_daily_cap); NULL for an
-- unknown account. can_account_send and increment_account_counter both use it.
CREATE FUNCTION public.account_daily_cap(p_account_id uuid, p_action text, p_now timestamptz DEFAULT now()) RETURNS integer
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog
AS $$
BEGIN
  IF public.account_counter_for(p_action) IS NULL THEN
    RAISE EXCEPTION 'unknown action type: %', p_action USING ERRCODE = 'invalid_parameter_value';
  END IF;
  RETURN (SELECT public.account_row_daily_cap(a, p_action, p_now) FROM public.accounts AS a WHERE a.id = p_account_id);
END
$$;

-- Sends in the last hour before p_now, from account_activity: successful sending actions (a
-- profile view sends nothing; failed and rate-limited attempts did not go out). Rows stamped after
-- p_now count too: now() is the start of a transaction, so a worker that committed meanwhile may
-- have stamped its send later than this caller's "now".
CREATE FUNCTION public.account_sends_last_hour(p_account_id uuid, p_now timestamptz DEFAULT now()) RETURNS integer
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog
AS $$
  SELECT count(*)::integer
  FROM public.account_activity AS x
  WHERE x.account_id = p_account_id
    AND x.status = 'success'
    AND x.action_type <> 'profile_view'
    AND x.created_at > p_now - interval '1 hour'
$$;

-- Whether the account may perform the action now: sendable status and health, today's count
-- below the (warm-up aware) daily cap, sends in the last hour below hourly_limit, and at least
-- 6 minutes since its last action (the scheduler adds jitter on top). A read-only check: the
-- reservation that holds under concurrency is increment_account_counter.
CREATE FUNCTION public.can_account_send(p_account_id uuid, p_action_type text, p_now timestamptz DEFAULT now())
RETURNS boolean
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog
AS $$
DECLARE
  v_counter text := public.account_counter_for(p_action_type);
  v_account public.accounts%ROWTYPE;
BEGIN
  IF v_counter IS NULL THEN
    RAISE EXCEPTION 'unknown action type: %', p_action_type USING ERRCODE = 'invalid_parameter_value';
  END IF;
  SELECT * INTO v_account FROM public.accounts AS a WHERE a.id = p_account_id;
  IF NOT FOUND THEN
    RETURN false;
  END IF;
  RETURN public.account_is_sendable(v_account)
    AND public.account_today_count(v_account, v_counter, p_now) < public.account_daily_cap(p_account_id, p_action_type, p_now)
    AND public.account_sends_last_hour(p_account_id, p_now) < v_account.hourly_limit
    AND (v_account.today_last_action_at IS NULL OR v_account.today_last_action_at <= p_now - interval '6 minutes');
END
$$;

-- Reserves one action of the account's daily budget: true and the counter incremented, or false
-- (cap or hourly limit reached, account not sendable or unknown) and nothing changed. The
-- increment is a single conditional UPDATE (counter < cap) evaluated on the locked row, so
-- concurrent workers can never push a counter past its cap; a new day starts the counters from 0
-- in the same statement.
-- The hourly limit counts account_activity: record the send's activity row in the same
-- transaction as this call. The row lock taken first makes every later call for the account wait
-- for that transaction and then read the activity it committed (the UPDATE runs with a fresh
-- snapshot), so the hourly limit holds under concurrency too. The minimum gap is pacing, checked by
-- can_account_send, not here. total_sent counts reservations, as the original did.
CREATE FUNCTION public.increment_account_counter(p_account_id uuid, p_action_type text, p_now timestamptz DEFAULT now())
RETURNS boolean
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog
AS $$
DECLARE
  v_counter text := public.account_counter_for(p_action_type);
BEGIN
  IF v_counter IS NULL THEN
    RAISE EXCEPTION 'unknown action type: %', p_action_type USING ERRCODE = 'invalid_parameter_value';
  END IF;
  PERFORM 1 FROM public.accounts AS a WHERE a.id = p_account_id FOR UPDATE;
  IF NOT FOUND THEN
    RETURN false;
  END IF;
  UPDATE public.accounts AS a
  SET today_connections = public.account_today_count(a, 'connections', p_now) + (v_counter = 'connections')::integer,
      today_messages = public.account_today_count(a, 'messages', p_now) + (v_counter = 'messages')::integer,
      today_emails = public.account_today_count(a, 'emails', p_now) + (v_counter = 'emails')::integer,
      today_last_action_at = p_now,
      total_sent = a.total_sent + 1
  WHERE a.id = p_account_id
    AND public.account_is_sendable(a)
    AND public.account_today_count(a, v_counter, p_now) < public.account_daily_cap(a.id, p_action_type, p_now)
    AND public.account_sends_last_hour(a.id, p_now) < a.hourly_limit;
  RETURN FOUND;
END
$$;

-- Zeroes the today_* counters of accounts whose counter day (see above) is over. Safe to call at
-- any time and as often as wanted: it never touches the current day's counts (a concurrent
-- increment re-checks the condition on the row it waited for). Returns the accounts reset.
CREATE FUNCTION public.reset_daily_counters(p_now timestamptz DEFAULT now()) RETURNS integer
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog
AS $$
DECLARE
  v_count integer;
BEGIN
  UPDATE public.accounts AS a
  SET today_connections = 0, today_messages = 0, today_emails = 0
  WHERE (a.today_connections <> 0 OR a.today_messages <> 0 OR a.today_emails <> 0)
    AND (a.today_last_action_at IS NULL OR public.account_day(a.today_last_action_at) < public.account_day(p_now));
  GET DIAGNOSTICS v_count = ROW_COUNT;
  RETURN v_count;
END
$$;

-- ───────────────────────────── public: campaign metrics ─────────────────────────────

-- A message that went out: sent, or any later stage of a sent message. Bounced and failed ones
-- count as errors, not sends (as in daily_account_message_volume).
CREATE FUNCTION public.message_was_sent(p_status text) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT p_status IN ('sent', 'delivered', 'opened', 'clicked', 'replied')
$$;

-- A percentage with two decimals; NULL when there is nothing to divide by.
CREATE FUNCTION public.rate_percent(p_part bigint, p_whole bigint) RETURNS numeric
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT round(p_part * 100.0 / NULLIF(p_whole, 0), 2)
$$;

-- A campaign's metrics computed from the raw rows; update_campaign_metrics stores them and
-- campaign_performance shows them, so the two always agree. Message counts (sent, delivered,
-- opened, clicked) count messages; replies, positive replies and meetings count campaign
-- contacts. Rates in percent: open = opened / sent messages, reply and meeting = per contact
-- reached, positive = positive / replied. Remaining = contacts whose sequence is not finished.
-- No SET clause (every name is qualified), so the planner may inline it into campaign_performance.
CREATE FUNCTION public.campaign_metrics(p_campaign_id uuid)
RETURNS TABLE (
  total_contacts integer,
  contacts_sent integer,
  contacts_remaining integer,
  total_sent integer,
  total_delivered integer,
  total_opened integer,
  total_clicked integer,
  total_replied integer,
  total_positive_replies integer,
  total_meetings integer,
  open_rate numeric(5, 2),
  reply_rate numeric(5, 2),
  positive_reply_rate numeric(5, 2),
  meeting_rate numeric(5, 2),
  first_send_at timestamptz,
  last_send_at timestamptz
)
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  WITH enrolled AS (
    SELECT
      count(*)::integer AS total_contacts,
      (count(*) FILTER (WHERE cc.status IN ('queued', 'in_progress', 'waiting', 'paused')))::integer AS contacts_remaining,
      (count(*) FILTER (WHERE cc.replied))::integer AS total_replied,
      (count(*) FILTER (WHERE cc.replied AND cc.reply_sentiment = 'positive'))::integer AS total_positive_replies,
      (count(*) FILTER (WHERE cc.meeting_booked))::integer AS total_meetings
    FROM public.campaign_contacts AS cc
    WHERE cc.campaign_id = p_campaign_id
  ), sent AS (
    SELECT
      count(DISTINCT m.campaign_contact_id)::integer AS contacts_sent,
      count(*)::integer AS total_sent,
      (count(*) FILTER (WHERE m.status IN ('delivered', 'opened', 'clicked', 'replied')))::integer AS total_delivered,
      (count(*) FILTER (WHERE m.opened_at IS NOT NULL OR m.status IN ('opened', 'clicked', 'replied')))::integer AS total_opened,
      (count(*) FILTER (WHERE m.clicked_at IS NOT NULL OR m.status = 'clicked'))::integer AS total_clicked,
      min(m.sent_at) AS first_send_at,
      max(m.sent_at) AS last_send_at
    FROM public.messages AS m
    JOIN public.campaign_contacts AS cc ON cc.id = m.campaign_contact_id
    WHERE cc.campaign_id = p_campaign_id AND public.message_was_sent(m.status)
  )
  SELECT
    e.total_contacts, s.contacts_sent, e.contacts_remaining,
    s.total_sent, s.total_delivered, s.total_opened, s.total_clicked,
    e.total_replied, e.total_positive_replies, e.total_meetings,
    public.rate_percent(s.total_opened, s.total_sent),
    public.rate_percent(e.total_replied, s.contacts_sent),
    public.rate_percent(e.total_positive_replies, e.total_replied),
    public.rate_percent(e.total_meetings, s.contacts_sent),
    s.first_send_at, s.last_send_at
  FROM enrolled AS e CROSS JOIN sent AS s
$$;

-- Stores campaign_metrics() on the campaign row.
CREATE FUNCTION public.update_campaign_metrics(p_campaign_id uuid) RETURNS void
LANGUAGE sql VOLATILE
SET search_path = pg_catalog
AS $$
  UPDATE public.campaigns AS c
  SET (total_contacts, contacts_sent, contacts_remaining, total_sent, total_delivered, total_opened,
       total_clicked, total_replied, total_positive_replies, total_meetings,
       open_rate, reply_rate, positive_reply_rate, meeting_rate, first_send_at, last_send_at)
    = (SELECT m.total_contacts, m.contacts_sent, m.contacts_remaining, m.total_sent, m.total_delivered,
              m.total_opened, m.total_clicked, m.total_replied, m.total_positive_replies, m.total_meetings,
              m.open_rate, m.reply_rate, m.positive_reply_rate, m.meeting_rate, m.first_send_at, m.last_send_at
       FROM public.campaign_metrics(p_campaign_id) AS m)
  WHERE c.id = p_campaign_id
$$;
