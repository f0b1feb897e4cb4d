#include "app/dispatch/TextChecks.h"

#include <QRegularExpression>

namespace burgernet {

namespace {

// Words that state or suggest an offence, Dutch and English, matched as word beginnings.
const QStringList& offenceWords()
{
    static const QStringList words{
        QStringLiteral("verdacht"),   QStringLiteral("dader"),     QStringLiteral("inbr"),
        QStringLiteral("dief"),       QStringLiteral("gestolen"),  QStringLiteral("steelt"),
        QStringLiteral("stal"),       QStringLiteral("beroof"),    QStringLiteral("beroving"),
        QStringLiteral("overval"),    QStringLiteral("crimineel"), QStringLiteral("mishandel"),
        QStringLiteral("moord"),      QStringLiteral("aanrand"),   QStringLiteral("zakkenroller"),
        QStringLiteral("suspect"),    QStringLiteral("thief"),     QStringLiteral("thieves"),
        QStringLiteral("stole"),      QStringLiteral("burglar"),   QStringLiteral("robber"),
        QStringLiteral("criminal"),   QStringLiteral("offender"),  QStringLiteral("perpetrator"),
        QStringLiteral("pickpocket"), QStringLiteral("murder"),    QStringLiteral("assault"),
    };
    return words;
}

const QStringList& abbreviations()
{
    static const QStringList list{
        QStringLiteral("ca"),     QStringLiteral("m.b.t"), QStringLiteral("i.v.m"),
        QStringLiteral("z.s.m"),  QStringLiteral("o.a"),   QStringLiteral("bijv"),
        QStringLiteral("evt"),    QStringLiteral("jr"),    QStringLiteral("mnd"),
        QStringLiteral("d.w.z"),  QStringLiteral("nr"),    QStringLiteral("str"),
        QStringLiteral("approx"), QStringLiteral("yrs"),   QStringLiteral("e.g"),
        QStringLiteral("i.e"),    QStringLiteral("asap"),  QStringLiteral("pers"),
        QStringLiteral("vrw"),    QStringLiteral("mnl"),   QStringLiteral("ptt"),
    };
    return list;
}

TextWarning warn(TextWarning::Kind kind, const QString& field, const QString& found,
                 const QString& message)
{
    return {kind, field, found, message};
}

} // namespace

QList<TextWarning> TextChecks::checkText(const QString& field, const QString& text,
                                         bool plateAllowed)
{
    QList<TextWarning> warnings;
    if (text.trimmed().isEmpty())
        return warnings;
    const QString lower = text.toLower();

    static const QRegularExpression word(QStringLiteral("[\\w.]+"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    for (auto it = word.globalMatch(lower); it.hasNext();) {
        const QString w = it.next().captured();
        const QString bare = w;
        QString trimmed = bare;
        while (trimmed.endsWith(QLatin1Char('.')))
            trimmed.chop(1);
        for (const QString& offence : offenceWords()) {
            if (trimmed.startsWith(offence)) {
                warnings << warn(TextWarning::Kind::Offence, field, trimmed,
                                 tr("\"%1\" states or suggests an offence; describe the person "
                                    "or vehicle instead.")
                                     .arg(trimmed));
                break;
            }
        }
        // An abbreviation is only one when it is written as one: "ca." or "m.b.t." (with the
        // dot) or a bare entry of the list such as "jr".
        const bool dotted = bare.endsWith(QLatin1Char('.')) || trimmed.contains(QLatin1Char('.'));
        if (abbreviations().contains(trimmed) &&
            (dotted || trimmed.size() <= 4 || trimmed == QLatin1String("asap")))
            warnings << warn(TextWarning::Kind::Abbreviation, field, trimmed,
                             tr("\"%1\" is an abbreviation; write it out (a voice reads it "
                                "letter by letter).")
                                 .arg(trimmed));
    }

    static const QRegularExpression email(QStringLiteral("[\\w.+-]+@[\\w-]+\\.[\\w.-]+"));
    static const QRegularExpression phone(
        QStringLiteral("(?<![\\w-])(\\+|00)?\\d[\\d \\-]{7,}\\d"));
    static const QRegularExpression postcode(QStringLiteral("\\b[1-9]\\d{3}\\s?[A-Za-z]{2}\\b"));
    // Dutch plates: six characters in three groups with dashes ("AB-123-C", "12-ABC-3").
    static const QRegularExpression plate(
        QStringLiteral("\\b[A-Za-z0-9]{1,3}-[A-Za-z0-9]{2,3}-[A-Za-z0-9]{1,2}\\b"));
    if (auto m = email.match(text); m.hasMatch())
        warnings << warn(TextWarning::Kind::PersonalData, field, m.captured(),
                         tr("The text contains an e-mail address (personal data)."));
    QString withoutPlates = text;
    withoutPlates.replace(plate, QStringLiteral("#"));
    if (auto m = phone.match(withoutPlates); m.hasMatch())
        warnings << warn(TextWarning::Kind::PersonalData, field, m.captured(),
                         tr("The text contains a phone number (personal data); the call-back "
                            "number is added by the template."));
    if (auto m = postcode.match(text); m.hasMatch())
        warnings << warn(TextWarning::Kind::PersonalData, field, m.captured(),
                         tr("The text contains a postcode (personal data of a resident)."));
    if (!plateAllowed) {
        if (auto m = plate.match(text); m.hasMatch())
            warnings << warn(TextWarning::Kind::PersonalData, field, m.captured(),
                             tr("A registration plate belongs in the vehicle's plate field."));
    }
    return warnings;
}

QList<TextWarning> TextChecks::check(const ActionContent& c)
{
    QList<TextWarning> all;
    const auto add = [&](const char* field, const QString& text, bool plateAllowed = false) {
        all << checkText(QLatin1String(field), text, plateAllowed);
    };
    add("location", c.locationText);
    add("free_text", c.freeText);
    for (const DescriptionSlot& slot : descriptionSlots())
        if (slot.person ? incidentUsesPerson(c.incident) : incidentUsesVehicle(c.incident))
            add(slot.key, slot.in(c), slot.vehicle == &VehicleDescription::plate);
    if (c.incident == IncidentType::Missing && !c.familyConsent)
        all << warn(TextWarning::Kind::Consent, QStringLiteral("family_consent"), QString(),
                    tr("A missing person may only be sought with the family's consent."));
    return all;
}

double TextChecks::voiceSeconds(const QString& text)
{
    static const QRegularExpression words(QStringLiteral("[^\\s\\d]+"));
    static const QRegularExpression digits(QStringLiteral("\\d"));
    static const QRegularExpression stops(QStringLiteral("[.!?]"));
    const auto count = [&](const QRegularExpression& re) {
        qsizetype n = 0;
        for (auto it = re.globalMatch(text); it.hasNext(); it.next())
            ++n;
        return double(n);
    };
    return count(words) / 2.5 + count(digits) * 0.35 + count(stops) * 0.4;
}

} // namespace burgernet
