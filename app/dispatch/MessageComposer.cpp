#include "app/dispatch/MessageComposer.h"

#include "app/dispatch/CapDocument.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace burgernet {

const ChannelText* ComposedMessage::find(const QString& language, const Channel& channel) const
{
    // The participant's language first, then Dutch, then whatever language has the channel
    // (broadcasts exist only in the action's language).
    for (const QString& lang : {language, QStringLiteral("nl")}) {
        const auto texts_ = texts.constFind(lang);
        if (texts_ == texts.constEnd())
            continue;
        if (auto it = texts_->constFind(channel); it != texts_->constEnd())
            return &*it;
    }
    for (const auto& perChannel : texts)
        if (auto it = perChannel.constFind(channel); it != perChannel.constEnd())
            return &*it;
    return nullptr;
}

QJsonObject ComposedMessage::toJson() const
{
    QJsonObject json{{QStringLiteral("type"), enumId(type)}};
    for (auto lang = texts.cbegin(); lang != texts.cend(); ++lang) {
        QJsonObject perChannel;
        for (auto ch = lang->cbegin(); ch != lang->cend(); ++ch) {
            QJsonObject t{{QStringLiteral("text"), ch->text}};
            if (!ch->subject.isEmpty())
                t.insert(QStringLiteral("subject"), ch->subject);
            if (!ch->html.isEmpty())
                t.insert(QStringLiteral("html"), ch->html);
            if (!ch->extra.isEmpty())
                t.insert(QStringLiteral("extra"), ch->extra);
            perChannel.insert(ch.key().id(), t);
        }
        json.insert(lang.key(), perChannel);
    }
    return json;
}

ComposedMessage ComposedMessage::fromJson(const QJsonObject& json)
{
    ComposedMessage m;
    enumFromId(json.value(QLatin1String("type")).toString(), &m.type);
    for (auto lang = json.begin(); lang != json.end(); ++lang) {
        if (!lang->isObject())
            continue;
        const QJsonObject perChannel = lang->toObject();
        for (auto ch = perChannel.begin(); ch != perChannel.end(); ++ch) {
            const QJsonObject t = ch->toObject();
            const auto channel = Channel::fromId(ch.key());
            if (!channel)
                continue;
            m.texts[lang.key()][*channel] =
                ChannelText{t.value(QLatin1String("subject")).toString(),
                            t.value(QLatin1String("text")).toString(),
                            t.value(QLatin1String("html")).toString(),
                            t.value(QLatin1String("extra")).toObject()};
        }
    }
    return m;
}

MessageTemplates MessageTemplates::builtIn()
{
    MessageTemplates templates;
    for (const QString& language : languages()) {
        QFile file(QStringLiteral(":/templates/%1.json").arg(language));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        for (auto it = json.begin(); it != json.end(); ++it)
            if (!it.key().startsWith(QLatin1Char('_')))
                templates.m_texts[language].insert(it.key(), it->toString());
    }
    return templates;
}

QString MessageTemplates::text(const QString& language, const QString& name) const
{
    const auto lang = m_texts.constFind(language);
    if (lang != m_texts.constEnd()) {
        const auto it = lang->constFind(name);
        if (it != lang->constEnd())
            return *it;
    }
    // An entry missing in English falls back to the Dutch one rather than to nothing.
    return language == QLatin1String("nl") ? QString() : text(QStringLiteral("nl"), name);
}

void MessageTemplates::setOverride(const QString& language, const QString& name,
                                   const QString& body)
{
    m_texts[language][name] = body;
}

bool MessageTemplates::hasEntry(const QString& language, const QString& name) const
{
    return m_texts.value(language).contains(name);
}

QStringList MessageTemplates::names(const QString& language) const
{
    QStringList names = m_texts.value(language).keys();
    names.sort();
    return names;
}

namespace {

// The few words the joining itself needs in each message language. They are grammar, the same
// whatever an administrator writes in the templates, so they live here rather than there.
struct Grammar
{
    QString andWord;
    QString orWord;
    QString rangeWord; // "20 tot 30 jaar", "aged about 20 to 30"
    QString metres;
    QChar decimalPoint;
    bool english = false;
};

const Grammar& grammarOf(const QString& language)
{
    static const Grammar nl{QStringLiteral("en"),    QStringLiteral("of"), QStringLiteral("tot"),
                            QStringLiteral("meter"), QLatin1Char(','),     false};
    static const Grammar en{QStringLiteral("and"),    QStringLiteral("or"), QStringLiteral("to"),
                            QStringLiteral("metres"), QLatin1Char('.'),     true};
    return language == QLatin1String("en") ? en : nl;
}

struct Framing
{
    QStringList prefixes;
    QStringList suffixes;
};

// "a|b c|d", longest first, so that "in de richting van" is taken off before "richting" is.
QStringList words(const QString& list)
{
    QStringList out = list.split(QLatin1Char('|'), Qt::SkipEmptyParts);
    std::stable_sort(out.begin(), out.end(),
                     [](const QString& a, const QString& b) { return a.size() > b.size(); });
    return out;
}

// What a dispatcher types around a value that the template already says: "ongeveer 25 jaar",
// "richting centrum", "slank postuur", "kenteken AB-123-C". Dutch and English alike, because
// one typed description is rendered in both languages.
struct Framings
{
    Framing age, height, build, clothing, particulars, direction, plate, make, colour, location;
};

const Framings& framings()
{
    static const QString about = QStringLiteral(
        "ongeveer|ong.|ca.|ca|circa|rond de|rond|zo'n|zo’n|plusminus|plm.|plm|±|+/-|+-|"
        "naar schatting|geschat|about|approximately|approx.|approx|around|roughly|estimated|");
    static const Framings f{
        .age = {words(about + QStringLiteral("leeftijd|van|is|age|aged|of")),
                words(QStringLiteral("jaar oud|jaar|jr|j|jarig|jarige|oud|years old|year old|"
                                     "years|year|yrs|yr|y/o|old"))},
        .height = {words(about + QStringLiteral("lengte|is|van|height|of")),
                   words(QStringLiteral("lang|groot|tall|high"))},
        .build = {words(QStringLiteral("postuur|lichaamsbouw|met een|met|een|van|is|build|of a|"
                                       "of|with a|with|a")),
                  words(QStringLiteral("postuur|lichaamsbouw|figuur|gebouwd|build|built|body|"
                                       "figure"))},
        .clothing = {words(QStringLiteral("gekleed in|gekleed|kleding|draagt|droeg|heeft|had|met|"
                                          "in|wearing|wears|wore|dressed in|dressed|clothing|"
                                          "clothes")),
                     words(QStringLiteral("aan|op|gekleed|on"))},
        .particulars = {words(QStringLiteral("bijzonderheden|bijzonderheid|bijz.|bijz|kenmerken|"
                                             "kenmerk|opvallend|particulars|"
                                             "distinguishing features|features|feature")),
                        {}},
        .direction = {words(QStringLiteral(
                          "vertrokken|gevlucht|weggelopen|weggerend|weggereden|weggefietst|"
                          "gelopen|gerend|gereden|gefietst|liep|reed|ging|is|in de richting van|"
                          "in de richting|in richting van|in richting|de richting van|richting|"
                          "naar|last seen heading towards|last seen heading|last seen|"
                          "heading towards|heading toward|heading to|heading|headed|"
                          "in the direction of|direction|towards|toward|to|fled|left")),
                      words(QStringLiteral("op|in|toe|af|vertrokken|gevlucht|gegaan|gelopen|"
                                           "gerend|gereden|gefietst"))},
        .plate = {words(QStringLiteral("met kenteken|kenteken|kentekenplaat|met nummerbord|"
                                       "nummerbord|with registration|registration|reg.|reg|"
                                       "number plate|licence plate|license plate|plate")),
                  {}},
        .make = {words(QStringLiteral("merk|make|type|model")), {}},
        .colour = {words(QStringLiteral("kleur|colour|color")), {}},
        .location = {words(QStringLiteral(
                         "in de omgeving van|in de omgeving|omgeving van|omgeving|omg.|"
                         "in de buurt van|in de buurt|buurt|nabij|dichtbij|vlakbij|bij|rondom|"
                         "rond|op|aan|in|near|in the area of|in the vicinity of|around|close to|"
                         "at")),
                     {}},
    };
    return f;
}

bool isSeparator(QChar c)
{
    return c.isSpace() || c == QLatin1Char(':') || c == QLatin1Char(';') || c == QLatin1Char(',') ||
           c == QLatin1Char('.') || c == QLatin1Char('-') || c == QChar(0x2013);
}

QString trimSeparators(QString s)
{
    while (!s.isEmpty() && isSeparator(s.front()))
        s.remove(0, 1);
    while (!s.isEmpty() && isSeparator(s.back()))
        s.chop(1);
    return s;
}

// A framing word counts only as a whole word: "van" is not the start of "vanaf", nor "in" the
// end of "Berlin". A word ending in punctuation ("ca.", "±") needs no space after it.
bool startsWithWord(const QString& value, const QString& word)
{
    if (!value.startsWith(word, Qt::CaseInsensitive))
        return false;
    return value.size() == word.size() || !word.back().isLetter() ||
           !value.at(word.size()).isLetter();
}

bool endsWithWord(const QString& value, const QString& word)
{
    if (!value.endsWith(word, Qt::CaseInsensitive))
        return false;
    return value.size() == word.size() || !word.front().isLetter() ||
           !value.at(value.size() - word.size() - 1).isLetter();
}

// Takes the framing off both ends, as often as it occurs ("ca. 25 jaar oud" -> "25"). Empty when
// nothing but framing was typed.
QString unframed(const QString& typed, const Framing& framing)
{
    QString v = trimSeparators(typed.simplified());
    for (bool changed = true; changed && !v.isEmpty();) {
        changed = false;
        for (const QString& p : framing.prefixes) {
            if (startsWithWord(v, p)) {
                v = trimSeparators(v.mid(p.size()));
                changed = true;
                break;
            }
        }
        for (const QString& s : framing.suffixes) {
            if (!v.isEmpty() && endsWithWord(v, s)) {
                v = trimSeparators(v.left(v.size() - s.size()));
                changed = true;
                break;
            }
        }
    }
    return v;
}

// A typed value as it is, without the stray punctuation that would break the sentence.
QString asTyped(const QString& typed)
{
    return trimSeparators(typed.simplified());
}

// "20-30", "20 à 30", "tussen de 20 en 30" -> {"20", "30"}; anything else is one part.
QStringList rangeParts(const QString& value)
{
    static const QRegularExpression between(
        QStringLiteral("^(?:tussen|between)\\s+(?:de\\s+)?(.+?)\\s+(?:en|and)\\s+(.+)$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression range(
        QStringLiteral("^(.+?)\\s*(?:-|–|/|\\bà\\b|\\ba\\b|\\btot\\b|\\bto\\b)\\s*(.+)$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    for (const QRegularExpression* re : {&between, &range})
        if (const auto m = re->match(value); m.hasMatch())
            return {m.captured(1), m.captured(2)};
    return {value};
}

// An age the template can frame ("van ongeveer {age} jaar"): a number or a range of numbers.
// Anything else ("begin twintig") is not framed and is said as typed.
QString measuredAge(const QString& bare, const Grammar& g)
{
    static const QRegularExpression number(QStringLiteral("^\\d{1,3}$"));
    QStringList numbers;
    for (const QString& part : rangeParts(bare)) {
        const QString n = unframed(part, framings().age);
        if (!number.match(n).hasMatch())
            return {};
        numbers << n;
    }
    return numbers.join(QLatin1Char(' ') + g.rangeWord + QLatin1Char(' '));
}

// Metres from "1.80", "1,80 m", "180 cm", "1m80"; 0 when it is no person's height.
double metres(const QString& text)
{
    static const QRegularExpression metreCentimetre(
        QStringLiteral("^(\\d)\\s*(?:m|mtr|meter|metre)\\.?\\s*(\\d{2})$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression number(
        QStringLiteral(
            "^(\\d+(?:[.,]\\d+)?)\\s*(cm|centimet(?:er|re)s?|m|mtr|met(?:er|re)s?)?\\.?$"),
        QRegularExpression::CaseInsensitiveOption);
    double value = 0;
    if (const auto m = metreCentimetre.match(text); m.hasMatch()) {
        value = m.captured(1).toInt() + m.captured(2).toInt() / 100.0;
    } else if (const auto n = number.match(text); n.hasMatch()) {
        value = QString(n.captured(1)).replace(QLatin1Char(','), QLatin1Char('.')).toDouble();
        const QString unit = n.captured(2).toLower();
        // A bare "180" is centimetres, a bare "1.80" metres.
        if (unit.startsWith(QLatin1Char('c')) || (unit.isEmpty() && value >= 50))
            value /= 100;
    }
    return value >= 0.4 && value <= 2.5 ? value : 0;
}

// A height the template can frame ("ongeveer {height} lang"), with the unit written out: "m"
// is read out as a letter by a voice, and the template's own "lang" makes no sense without one.
QString measuredHeight(const QString& bare, const Grammar& g)
{
    QStringList values;
    for (const QString& part : rangeParts(bare)) {
        const double m = metres(unframed(part, framings().height));
        if (m == 0)
            return {};
        values << QString::number(m, 'f', 2).replace(QLatin1Char('.'), g.decimalPoint);
    }
    return values.join(QLatin1Char(' ') + g.rangeWord + QLatin1Char(' ')) + QLatin1Char(' ') +
           g.metres;
}

// A word the dispatcher types in Dutch (in any of its forms, or in English) and the form each
// language needs in its place in the sentence.
struct Word
{
    QStringList forms;
    QString dutch;
    QString english;
};

const Word* findWord(const QList<Word>& words, const QString& typed)
{
    const QString lower = typed.toLower();
    for (const Word& w : words)
        if (w.forms.contains(lower))
            return &w;
    return nullptr;
}

// Build, after "met een ... postuur" (het postuur: no inflection) and "of ... build".
QString buildWord(const QString& bare, const Grammar& g)
{
    static const QList<Word> builds{
        {{"slank", "slanke", "slim"}, "slank", "slim"},
        {{"tenger", "tengere", "slight"}, "tenger", "slight"},
        {{"fors", "forse", "large"}, "fors", "large"},
        {{"stevig", "stevige", "sturdy"}, "stevig", "sturdy"},
        {{"gezet", "gezette", "stocky"}, "gezet", "stocky"},
        {{"normaal", "normale", "average"}, "normaal", "average"},
        {{"gemiddeld", "gemiddelde"}, "gemiddeld", "average"},
        {{"atletisch", "atletische", "athletic"}, "atletisch", "athletic"},
        {{"sportief", "sportieve"}, "sportief", "athletic"},
        {{"mager", "magere", "thin"}, "mager", "thin"},
        {{"dik", "dikke"}, "dik", "heavy"},
        {{"corpulent", "corpulente", "heavy"}, "corpulent", "heavy"},
        {{"breed", "brede", "broad"}, "breed", "broad"},
        {{"gespierd", "gespierde", "muscular"}, "gespierd", "muscular"},
        {{"klein", "kleine", "small"}, "klein", "small"},
        {{"groot", "grote"}, "groot", "large"},
    };
    const Word* w = findWord(builds, bare);
    return !w ? bare : g.english ? w->english : w->dutch;
}

// A colour before the make: "een rode Volkswagen" (de-words take the -e), "a red Volkswagen".
// "donkerblauw", "dark blue" and "licht grijs" take the shade along.
QString colourWord(const QString& bare, const Grammar& g)
{
    static const QList<Word> colours{
        {{"rood", "rode", "red"}, "rode", "red"},
        {{"blauw", "blauwe", "blue"}, "blauwe", "blue"},
        {{"zwart", "zwarte", "black"}, "zwarte", "black"},
        {{"wit", "witte", "white"}, "witte", "white"},
        {{"grijs", "grijze", "grey", "gray"}, "grijze", "grey"},
        {{"groen", "groene", "green"}, "groene", "green"},
        {{"geel", "gele", "yellow"}, "gele", "yellow"},
        {{"bruin", "bruine", "brown"}, "bruine", "brown"},
        {{"paars", "paarse", "purple"}, "paarse", "purple"},
        {{"oranje", "orange"}, "oranje", "orange"},
        {{"roze", "pink"}, "roze", "pink"},
        {{"beige"}, "beige", "beige"},
        {{"zilver", "zilveren", "zilverkleurig", "zilverkleurige", "silver"},
         "zilverkleurige",
         "silver"},
        {{"goud", "gouden", "goudkleurig", "goudkleurige", "gold"}, "goudkleurige", "gold"},
    };
    static const QRegularExpression shaded(QStringLiteral("^(licht|donker|light|dark)[\\s-]*(.+)$"),
                                           QRegularExpression::CaseInsensitiveOption);
    QString shade;
    QString colour = bare;
    if (const auto m = shaded.match(bare); m.hasMatch() && findWord(colours, m.captured(2))) {
        const QString s = m.captured(1).toLower();
        const bool light = s == QLatin1String("licht") || s == QLatin1String("light");
        shade = g.english ? (light ? QStringLiteral("light ") : QStringLiteral("dark "))
                          : (light ? QStringLiteral("licht") : QStringLiteral("donker"));
        colour = m.captured(2);
    }
    const Word* w = findWord(colours, colour);
    return !w ? bare : shade + (g.english ? w->english : w->dutch);
}

// "het noorden", "noordelijke richting", "zuidoostelijk" become "het noorden" / "the north",
// which the direction template can take. A bare "Noord" is left alone: it is as likely a
// district as a compass point.
QString compassPoint(const QString& bare, const Grammar& g)
{
    static const QRegularExpression compass(
        QStringLiteral("^(?:in\\s+)?(?:het\\s+)?(noord|zuid)?(oost|west)?(?:en|elijke\\s+richting|"
                       "elijk)$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = compass.match(bare);
    if (!m.hasMatch() || (m.captured(1).isEmpty() && m.captured(2).isEmpty()))
        return bare;
    const QString ns = m.captured(1).toLower();
    const QString ew = m.captured(2).toLower();
    if (!g.english)
        return QStringLiteral("het ") + ns + ew + QStringLiteral("en");
    const auto english = [](const QString& nl) {
        return nl == QLatin1String("noord")  ? QStringLiteral("north")
               : nl == QLatin1String("zuid") ? QStringLiteral("south")
               : nl == QLatin1String("oost") ? QStringLiteral("east")
               : nl == QLatin1String("west") ? QStringLiteral("west")
                                             : QString();
    };
    QStringList points;
    for (const QString& p : {ns, ew})
        if (!p.isEmpty())
            points << english(p);
    return QStringLiteral("the ") + points.join(QLatin1Char('-'));
}

// English "a" before a consonant sound, "an" before a vowel sound: "an Audi", "an MG", "a BMW".
QString englishArticle(const QString& next)
{
    if (next.isEmpty())
        return QStringLiteral("a");
    const QString word = next.section(QLatin1Char(' '), 0, 0);
    const bool acronym = word.size() <= 4 && word == word.toUpper() && word.front().isLetter();
    const QString vowelSounds =
        acronym ? QStringLiteral("AEFHILMNORSX") : QStringLiteral("AEIOUaeiou");
    return vowelSounds.contains(word.front()) ? QStringLiteral("an") : QStringLiteral("a");
}

// "a, b en c"; a last part with an "en" of its own ("een zwarte jas en een rode pet") gets a
// comma instead, so that the list does not read as one long chain of "en".
QString joinList(const QStringList& parts, const Grammar& g)
{
    if (parts.size() < 2)
        return parts.value(0);
    const QString last = parts.last();
    const QString spacedAnd = QLatin1Char(' ') + g.andWord + QLatin1Char(' ');
    return parts.first(parts.size() - 1).join(QStringLiteral(", ")) +
           (last.contains(spacedAnd) ? QStringLiteral(", ") : spacedAnd) + last;
}

// Free, update and outcome text stands as sentences of its own between the template's: a
// capital first, and a full stop last so the template's next sentence does not run on.
QString asSentences(const QString& typed)
{
    QString s = typed.trimmed();
    while (!s.isEmpty() && (s.back() == QLatin1Char(',') || s.back() == QLatin1Char(';') ||
                            s.back() == QLatin1Char(':')))
        s = s.chopped(1).trimmed();
    if (s.isEmpty())
        return s;
    if (s.front().isLower())
        s[0] = s.front().toUpper();
    // A closing quote or bracket may follow the sentence's own full stop: «zei hij.»
    qsizetype end = s.size() - 1;
    while (end > 0 && QStringLiteral("\"')”’»").contains(s.at(end)))
        --end;
    if (!QStringLiteral(".!?…").contains(s.at(end)))
        s += QLatin1Char('.');
    return s;
}

bool atSentenceStart(const QString& textSoFar)
{
    qsizetype i = textSoFar.size() - 1;
    while (i >= 0 && (textSoFar.at(i) == QLatin1Char(' ') || textSoFar.at(i) == QLatin1Char('\t')))
        --i;
    return i < 0 || QStringLiteral(".!?\n").contains(textSoFar.at(i));
}

// What empty slots leave behind: doubled spaces, a space before punctuation, ". .", a "Kop: ."
// or a line of only a full stop. Tidied per line, so that the e-mail's paragraphs stay.
QString tidy(const QString& text)
{
    static const QRegularExpression spaceBeforePunct(QStringLiteral(" +([.,;:!?])"));
    static const QRegularExpression pauseBeforeEnd(QStringLiteral("[,;:]+ ?([.!?])"));
    static const QRegularExpression repeatedEnd(QStringLiteral("([.!?])(?: ?\\.)+"));
    static const QRegularExpression repeatedPause(QStringLiteral("([,;:])(?: ?[,;:])+"));
    static const QRegularExpression leadingPunct(QStringLiteral("^[.,;:!?]+ ?"));
    static const QRegularExpression trailingPause(QStringLiteral("[,;:]+$"));
    static const QRegularExpression blankLines(QStringLiteral("\\n{3,}"));
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString& line : lines) {
        line = line.simplified();
        line.replace(spaceBeforePunct, QStringLiteral("\\1"));
        line.replace(pauseBeforeEnd, QStringLiteral("\\1"));
        line.replace(repeatedEnd, QStringLiteral("\\1"));
        line.replace(repeatedPause, QStringLiteral("\\1"));
        line.remove(leadingPunct);
        line.remove(trailingPause);
        line = line.trimmed();
    }
    return lines.join(QLatin1Char('\n')).replace(blankLines, QStringLiteral("\n\n")).trimmed();
}

// One description fragment ("van ongeveer {age} jaar") round a bare value. A value that came to
// nothing drops out rather than leaving the fragment's own words behind.
QString fragment(const MessageTemplates& templates, const QString& language, const char* name,
                 const char* key, const QString& value)
{
    if (value.isEmpty())
        return {};
    return templates.text(language, QLatin1String(name))
        .replace(QLatin1Char('{') + QLatin1String(key) + QLatin1Char('}'), value)
        .simplified();
}

// "een man van ongeveer 25 jaar, ongeveer 1,80 meter lang, met een slank postuur en gekleed in
// een zwarte jas, bijzonderheden: ...": the age belongs to the noun, the rest is a list.
// Empty when nothing is known of the person.
QString personPhrase(const MessageTemplates& templates, const QString& language,
                     const PersonDescription& p)
{
    const Grammar& g = grammarOf(language);
    QString age;
    const QString bareAge = unframed(p.age, framings().age);
    if (const QString years = measuredAge(bareAge, g); !years.isEmpty()) {
        if (const QString framed = fragment(templates, language, "person.age", "age", years);
            !framed.isEmpty())
            age = QLatin1Char(' ') + framed;
    } else if (!bareAge.isEmpty()) {
        age = QStringLiteral(", ") + asTyped(p.age);
    }
    QStringList traits;
    const QString bareHeight = unframed(p.height, framings().height);
    if (const QString height = measuredHeight(bareHeight, g); !height.isEmpty())
        traits << fragment(templates, language, "person.height", "height", height);
    else if (!bareHeight.isEmpty())
        traits << asTyped(p.height);
    traits << fragment(templates, language, "person.build", "build",
                       buildWord(unframed(p.build, framings().build), g));
    traits << fragment(templates, language, "person.clothing", "clothing",
                       unframed(p.clothing, framings().clothing));
    traits.removeAll(QString());
    const QString particulars = fragment(templates, language, "person.particulars", "particulars",
                                         unframed(p.particulars, framings().particulars));
    const bool male = p.sex == QLatin1String("male");
    const bool female = p.sex == QLatin1String("female");
    if (!male && !female && age.isEmpty() && traits.isEmpty() && particulars.isEmpty())
        return {};
    QString phrase = templates.text(language, male     ? QStringLiteral("person.male")
                                              : female ? QStringLiteral("person.female")
                                                       : QStringLiteral("person.default")) +
                     age;
    if (!traits.isEmpty())
        phrase += QStringLiteral(", ") + joinList(traits, g);
    if (!particulars.isEmpty())
        phrase += QStringLiteral(", ") + particulars;
    return phrase;
}

// "een rode Volkswagen Golf met kenteken AB-123-C". Empty when nothing is known of the vehicle.
QString vehiclePhrase(const MessageTemplates& templates, const QString& language,
                      const VehicleDescription& v)
{
    const Grammar& g = grammarOf(language);
    const QString colour = colourWord(unframed(v.colour, framings().colour), g);
    QString make = unframed(v.make, framings().make);
    QString model = unframed(v.model, framings().make);
    // "VW Golf" typed as the make and "Golf" as the model is one Golf, and so is "Volkswagen"
    // with "Volkswagen Golf".
    const auto within = [](const QString& part, const QString& whole) {
        return (QLatin1Char(' ') + whole + QLatin1Char(' '))
            .contains(QLatin1Char(' ') + part + QLatin1Char(' '), Qt::CaseInsensitive);
    };
    if (!model.isEmpty() && within(model, make))
        model.clear();
    else if (!make.isEmpty() && within(make, model))
        make.clear();
    QStringList name{colour, make, model};
    name.removeAll(QString());
    // Plates are written in capitals; "onbekend" in the plate field is no plate to shout.
    QString number = unframed(v.plate, framings().plate);
    static const QRegularExpression digit(QStringLiteral("\\d"));
    if (number.contains(digit))
        number = number.toUpper();
    const QString plate = fragment(templates, language, "vehicle.plate", "plate", number);
    if (name.isEmpty() && plate.isEmpty())
        return {};
    const QString generic = templates.text(language, QStringLiteral("vehicle.default"));
    QString phrase = generic;
    if (!name.isEmpty()) {
        // "een voertuig" -> "een rode Volkswagen Golf": keep the article, replace the noun;
        // English picks "a" or "an" for the word that now follows it.
        QString article = generic.section(QLatin1Char(' '), 0, 0);
        const QString named = name.join(QLatin1Char(' '));
        if (article.compare(QLatin1String("a"), Qt::CaseInsensitive) == 0 ||
            article.compare(QLatin1String("an"), Qt::CaseInsensitive) == 0)
            article = englishArticle(named);
        phrase = article + QLatin1Char(' ') + named;
    }
    if (!plate.isEmpty())
        phrase += QLatin1Char(' ') + plate;
    return phrase;
}

} // namespace

MessageComposer::MessageComposer(MessageTemplates templates, ChannelCatalog catalog)
    : m_templates(std::move(templates))
    , m_catalog(std::move(catalog))
{}

QString MessageComposer::fitTo(const QString& text, int maxLength)
{
    if (maxLength <= 0 || text.size() <= maxLength)
        return text;
    // Cut at a word and say so, rather than mid-word: the reader sees that more was meant.
    QString cut = text.left(maxLength - 1);
    const int space = cut.lastIndexOf(QLatin1Char(' '));
    if (space > maxLength / 2)
        cut.truncate(space);
    return cut.trimmed() + QChar(0x2026);
}

QString MessageComposer::fill(const QString& language, const QString& name,
                              const QHash<QString, QString>& values) const
{
    // Placeholders are filled one by one, so that a value that ends up opening a sentence
    // (an empty description before the location, a notice's description) gets its capital.
    static const QRegularExpression placeholder(QStringLiteral("\\{(\\w+)\\}"));
    const QString pattern = m_templates.text(language, name);
    QString text;
    qsizetype done = 0;
    for (auto it = placeholder.globalMatch(pattern); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        text += QStringView(pattern).sliced(done, m.capturedStart() - done);
        done = m.capturedEnd();
        const auto value = values.constFind(m.captured(1));
        if (value == values.cend()) {
            text += m.captured();
            continue;
        }
        QString v = *value;
        if (!v.isEmpty() && v.front().isLower() && atSentenceStart(text))
            v[0] = v.front().toUpper();
        text += v;
    }
    text += QStringView(pattern).sliced(done);
    return tidy(text);
}

QString MessageComposer::describe(const ActionContent& content, const QString& language) const
{
    const Grammar& g = grammarOf(language);
    const bool usesPerson = incidentUsesPerson(content.incident);
    const bool usesVehicle = incidentUsesVehicle(content.incident);
    const QString person =
        usesPerson ? personPhrase(m_templates, language, content.person) : QString();
    const QString vehicle =
        usesVehicle ? vehiclePhrase(m_templates, language, content.vehicle) : QString();
    QString direction =
        usesPerson ? unframed(content.person.direction, framings().direction) : QString();
    if (direction.isEmpty() && usesVehicle)
        direction = unframed(content.vehicle.direction, framings().direction);
    direction =
        fragment(m_templates, language, "direction", "direction", compassPoint(direction, g));

    QString description;
    if (!person.isEmpty() && !vehicle.isEmpty()) {
        // A comma closes the person's own list before the vehicle joins in.
        const bool listed = person.contains(QLatin1Char(','));
        description = person + (listed ? QStringLiteral(", ") : QStringLiteral(" ")) + g.andWord +
                      QLatin1Char(' ') + vehicle;
    } else {
        description = person + vehicle;
    }
    // An alert always says what to look out for, and a direction needs something that left.
    if (description.isEmpty() && (content.kind == ActionKind::Urgent || !direction.isEmpty())) {
        const QString someone = m_templates.text(language, QStringLiteral("person.default"));
        const QString something = m_templates.text(language, QStringLiteral("vehicle.default"));
        description = !usesVehicle ? someone
                      : !usesPerson
                          ? something
                          : someone + QLatin1Char(' ') + g.orWord + QLatin1Char(' ') + something;
    }
    if (!direction.isEmpty())
        description += QStringLiteral(", ") + direction;
    return description;
}

ChannelText MessageComposer::render(const Input& in, const QString& language,
                                    const Channel& channel) const
{
    QString prefix;
    switch (in.type) {
    case MessageType::Alert:
        prefix = in.content.kind == ActionKind::Notice ? QStringLiteral("notice.")
                                                       : QStringLiteral("alert.");
        break;
    case MessageType::Update:
        prefix = QStringLiteral("update.");
        break;
    case MessageType::Closing:
        prefix = QStringLiteral("closing.");
        break;
    case MessageType::Cancel:
    case MessageType::Test:
        prefix = QStringLiteral("cancel.");
        break;
    }
    const QString outcomeText =
        (m_templates.text(language, QStringLiteral("outcome.") + enumId(in.outcome)) +
         QLatin1Char(' ') + asSentences(in.outcomeText))
            .trimmed();
    // "omgeving Vredenburgplein" typed in the location would double the template's own words.
    const QString place = unframed(in.content.locationText, framings().location);
    const QString location = fragment(m_templates, language, "location", "location", place);
    const QHash<QString, QString> values{
        {QStringLiteral("description"), describe(in.content, language)},
        {QStringLiteral("location"), location},
        {QStringLiteral("free_text"), asSentences(in.content.freeText)},
        {QStringLiteral("callback"), in.callbackNumber},
        {QStringLiteral("update_text"), asSentences(in.updateText)},
        {QStringLiteral("outcome_text"), outcomeText},
    };
    // Training must be unmistakable in every text that could ever reach a screen or a phone.
    const QString marker = in.mode == Mode::Training
                               ? m_templates.text(language, QStringLiteral("training_marker"))
                               : QString();
    const auto mark = [&](const QString& text) {
        if (marker.isEmpty())
            return text;
        return text.isEmpty() ? marker : marker + QStringLiteral(": ") + text;
    };

    ChannelText out;
    if (channel.is(BuiltinChannel::Email)) {
        out.subject = mark(fill(language, prefix + QStringLiteral("email_subject"), values));
        out.text = mark(fill(language, prefix + QStringLiteral("email_text"), values));
        QString html;
        for (const QString& para : out.text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
            html += QStringLiteral("<p>") +
                    para.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")) +
                    QStringLiteral("</p>\n");
        out.html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><body>\n%2</body></html>\n")
                       .arg(language, html);
    } else if (channel.is(BuiltinChannel::Cap)) {
        // CAP asks for a headline under 160 characters; the description carries the rest.
        const QString headline =
            fitTo(mark(fill(language, prefix + QStringLiteral("cap_headline"), values)), 159);
        const QString description =
            mark(fill(language, prefix + QStringLiteral("cap_description"), values));
        const QString instruction =
            fill(language, prefix + QStringLiteral("cap_instruction"), values);
        out.text = description;
        const char* msgType = in.type == MessageType::Alert    ? "Alert"
                              : in.type == MessageType::Cancel ? "Cancel"
                                                               : "Update";
        // A closing message and a cancellation tell the public the danger is over.
        const bool over = in.type == MessageType::Closing || in.type == MessageType::Cancel;
        QString areaDesc = in.areaDescription.isEmpty() ? place : in.areaDescription;
        // The municipalities name the area for the public, also when the place does not.
        const QString municipalities = in.municipalityNames.join(QStringLiteral(", "));
        if (!municipalities.isEmpty())
            areaDesc = areaDesc.isEmpty() || areaDesc == municipalities
                           ? municipalities
                           : QStringLiteral("%1 (%2)").arg(areaDesc, municipalities);
        if (areaDesc.isEmpty()) // required by CAP: a reader must be able to name the area
            areaDesc = m_templates.text(language, QStringLiteral("cap_area"));
        out.extra = QJsonObject{
            {QStringLiteral("identifier"), in.capIdentifier},
            {QStringLiteral("sent"), capTime(in.sentAt)},
            {QStringLiteral("status"),
             in.mode == Mode::Training ? QStringLiteral("Exercise") : QStringLiteral("Actual")},
            {QStringLiteral("msgType"), QLatin1String(msgType)},
            {QStringLiteral("scope"), QStringLiteral("Public")},
            {QStringLiteral("category"), in.content.incident == IncidentType::Missing
                                             ? QStringLiteral("Rescue")
                                             : QStringLiteral("Security")},
            {QStringLiteral("event"), enumId(in.content.incident)},
            {QStringLiteral("responseType"),
             over ? QStringLiteral("AllClear") : QStringLiteral("Monitor")},
            {QStringLiteral("urgency"), over ? QStringLiteral("Past")
                                        : in.content.kind == ActionKind::Urgent
                                            ? QStringLiteral("Immediate")
                                            : QStringLiteral("Expected")},
            {QStringLiteral("severity"),
             over ? QStringLiteral("Minor") : QStringLiteral("Moderate")},
            {QStringLiteral("certainty"), QStringLiteral("Observed")},
            {QStringLiteral("language"),
             language == QLatin1String("en") ? QStringLiteral("en-GB") : QStringLiteral("nl-NL")},
            {QStringLiteral("headline"), headline},
            {QStringLiteral("description"), description},
            {QStringLiteral("instruction"), instruction},
            {QStringLiteral("areaDesc"), areaDesc},
        };
        // No references here: they name the publisher ("sender,identifier,sent"), which is the
        // CAP feed's setting, so capFromText() takes them from whoever publishes.
        if (!in.capCircle.isEmpty())
            out.extra.insert(QStringLiteral("circle"), in.capCircle);
        // One polygon per line: an area of several parts gets several <polygon>s.
        if (!in.capPolygons.isEmpty())
            out.extra.insert(QStringLiteral("polygon"), in.capPolygons.join(QLatin1Char('\n')));
        if (!in.municipalityCodes.isEmpty())
            out.extra.insert(QStringLiteral("geocode"),
                             in.municipalityCodes.join(QLatin1Char('\n')));
    } else if (channel.isBuiltin()) {
        out.text = mark(fill(language, prefix + channel.id(), values));
    } else {
        // A plugin's broadcast channel has no template of its own: it gets the short broadcast
        // text that the app gets, fitted to what the channel can show.
        out.text = mark(fill(language, prefix + QStringLiteral("app"), values));
    }
    if (!channel.isAddressed() && !channel.is(BuiltinChannel::Cap))
        if (const ChannelInfo* info = m_catalog.find(channel))
            out.text = fitTo(out.text, info->capabilities.maxLength);
    if (channel.is(BuiltinChannel::Voice) || channel.is(BuiltinChannel::Sms))
        out.extra.insert(QStringLiteral("callback"), in.callbackNumber);
    return out;
}

ComposedMessage MessageComposer::compose(const Input& input) const
{
    ComposedMessage message;
    message.type = input.type;
    QList<Channel> wanted = input.content.channels;
    if (wanted.isEmpty())
        wanted = builtinChannels();
    // Addressed channels in both languages (each participant reads their own); broadcasts in
    // the action's language.
    for (const QString& language : MessageTemplates::languages()) {
        for (const Channel& channel : wanted) {
            if (!channel.isAddressed() && language != input.content.language)
                continue;
            message.texts[language][channel] = render(input, language, channel);
        }
    }
    const Channel cap = BuiltinChannel::Cap;
    if (!wanted.contains(cap))
        message.texts[input.content.language][cap] = render(input, input.content.language, cap);
    return message;
}

} // namespace burgernet
