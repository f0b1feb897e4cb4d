#include "app/register/ParticipantRowParser.h"

#include "app/core/TextRules.h"
#include "app/geo/NationalBorder.h"
#include "app/register/ParticipantCsv.h"
#include "app/register/ParticipantCsvFormat.h"
#include "app/register/PhoneNumbers.h"

#include <QSet>
#include <QStringList>

namespace burgernet {

static_assert(csv::ColumnCount == 27);

Result<ParticipantRowParser> ParticipantRowParser::fromHeader(const QList<QByteArray>& header)
{
    const QStringList& names = ParticipantCsv::columns();
    ParticipantRowParser parser;
    parser.m_fileColumn.fill(-1);
    parser.m_fileColumns = header.size();
    QStringList unknown, twice;
    for (qsizetype i = 0; i < header.size(); ++i) {
        // Header names are ASCII; decoding them as UTF-8 only matters for the error text.
        const QString name = QString::fromUtf8(header[i]).trimmed().toLower();
        const qsizetype column = names.indexOf(name);
        if (column < 0)
            unknown << (name.isEmpty() ? tr("(empty)") : QStringLiteral("\"%1\"").arg(name));
        else if (parser.m_fileColumn[size_t(column)] >= 0)
            twice << name;
        else
            parser.m_fileColumn[size_t(column)] = int(i);
    }
    if (!unknown.isEmpty())
        return Error{tr("unknown columns in the header: %1 (the columns are %2)")
                         .arg(unknown.join(QLatin1String(", ")), names.join(QLatin1String(", ")))};
    if (!twice.isEmpty())
        return Error{
            tr("columns named twice in the header: %1").arg(twice.join(QLatin1String(", ")))};
    QStringList missing;
    for (const int column : {csv::ExternalId, csv::Name, csv::Channels})
        if (parser.fileColumn(column) < 0)
            missing << names[column];
    if (parser.fileColumn(csv::Mobile) < 0 && parser.fileColumn(csv::Phone) < 0 &&
        parser.fileColumn(csv::Email) < 0)
        missing << tr("mobile, phone or email");
    const auto hasCoordinates = [&](ParticipantLocation::Kind kind) {
        return parser.fileColumn(csv::addressColumn(kind, csv::Lat)) >= 0 &&
               parser.fileColumn(csv::addressColumn(kind, csv::Lon)) >= 0;
    };
    if (!hasCoordinates(ParticipantLocation::Kind::Home) &&
        !hasCoordinates(ParticipantLocation::Kind::Work))
        missing << tr("home_lat and home_lon (or work_lat and work_lon)");
    if (!missing.isEmpty())
        return Error{
            tr("the header lacks required columns: %1").arg(missing.join(QLatin1String("; ")))};
    return parser;
}

QByteArray ParticipantRowParser::idKey(const QByteArray& raw)
{
    QByteArray key = raw.trimmed();
    if (key.size() >= 2 && key[0] == '\'') {
        qsizetype k = 0;
        while (k < key.size() && key[k] == '\'')
            ++k;
        if (k < key.size() && QByteArrayView("=+-@\t\r").contains(key[k]))
            key.remove(0, 1);
    }
    return key;
}

QString ParticipantRowParser::value(const CsvRow& row, int column) const
{
    const int i = m_fileColumn[size_t(column)];
    if (i < 0 || i >= row.fields.size() || row.fields[i].isEmpty())
        return {};
    // Trimmed first, as idKey() does, so that the duplicate check and the import agree.
    return ParticipantCsvFormat::unguard(
        CsvRecordReader::decode(row.fields[i], m_encoding).trimmed());
}

RowOutcome ParticipantRowParser::parse(const CsvRow& row) const
{
    RowOutcome out;
    const QStringList& names = ParticipantCsv::columns();
    const auto reject = [&](int column, const QString& reason) {
        out.issues << CsvIssue{row.line, column < 0 ? QString() : names[column], reason};
        out.rejected = true;
    };
    if (row.supersededBy > 0) {
        out.issues << CsvIssue{row.line, names[csv::ExternalId],
                               tr("warning: %1 appears again on line %2; the later row counts")
                                   .arg(value(row, csv::ExternalId))
                                   .arg(row.supersededBy),
                               true};
        out.superseded = true;
        return out;
    }
    if (row.fields.size() != m_fileColumns) {
        reject(-1,
               tr("%1 fields where the header has %2").arg(row.fields.size()).arg(m_fileColumns));
        return out;
    }
    Participant& p = out.participant;
    p.externalId = value(row, csv::ExternalId);
    if (p.externalId.isEmpty())
        reject(csv::ExternalId, tr("missing"));
    else if (auto problem = TextRules::problem(p.externalId, TextRules::kNameLength))
        reject(csv::ExternalId, *problem);
    p.name = value(row, csv::Name);
    if (p.name.isEmpty())
        reject(csv::Name, tr("missing"));
    else if (auto problem = TextRules::problem(p.name, TextRules::kNameLength))
        reject(csv::Name, *problem);

    const QString language = value(row, csv::Language).toLower();
    if (language == QLatin1String("en"))
        p.language = language;
    else if (!language.isEmpty() && language != QLatin1String("nl"))
        reject(csv::Language, tr("not nl or en (%1)").arg(language));

    const QString status = value(row, csv::Status).toLower();
    if (status == QLatin1String("paused") || status == QLatin1String("unsubscribed"))
        p.status = Participant::statusFromId(status);
    else if (!status.isEmpty() && status != QLatin1String("active"))
        reject(csv::Status, tr("not active, paused or unsubscribed (%1)").arg(status));

    // Each returns whether the cell had text.
    const auto readTime = [&](int column, QDateTime& target) {
        const QString text = value(row, column);
        if (text.isEmpty())
            return false;
        if (auto t = ParticipantCsvFormat::time(text))
            target = *t;
        else
            reject(column, t.errorMessage());
        return true;
    };
    if (!readTime(csv::UnsubscribedAt, p.unsubscribedAt) &&
        p.status == Participant::Status::Unsubscribed)
        reject(csv::UnsubscribedAt, tr("missing: status unsubscribed needs the date"));
    if (!readTime(csv::RegisteredAt, p.registeredAt))
        p.registeredAt = m_importTime;
    readTime(csv::ConsentAt, p.consentAt);

    const auto readPhone = [&](int column, PhoneNumbers::Kind kind, QString& target) {
        const QString text = value(row, column);
        if (text.isEmpty())
            return false;
        if (auto number = PhoneNumbers::normaliseDutch(text, kind))
            target = *number;
        else
            reject(column, number.errorMessage());
        return true;
    };
    const bool hasMobile = readPhone(csv::Mobile, PhoneNumbers::Kind::Mobile, p.mobile);
    const bool hasPhone = readPhone(csv::Phone, PhoneNumbers::Kind::Any, p.phone);
    const QString email = value(row, csv::Email);
    if (auto problem = TextRules::problem(email, TextRules::kNameLength))
        reject(csv::Email, *problem);
    else if (!email.isEmpty() && !ParticipantCsvFormat::isEmail(email))
        reject(csv::Email, tr("not an e-mail address (%1)").arg(email));
    p.email = email;
    if (!hasMobile && !hasPhone && email.isEmpty())
        reject(-1, tr("no mobile, phone or e-mail address"));

    if (auto channels = ParticipantCsvFormat::channels(value(row, csv::Channels)))
        p.channelPrefs = *channels;
    else
        reject(csv::Channels, channels.errorMessage());

    const bool home = parseAddress(row, ParticipantLocation::Kind::Home, out);
    const bool work = parseAddress(row, ParticipantLocation::Kind::Work, out);
    if (!home && !work)
        reject(-1, tr("no address: fill in home_lat and home_lon (or work_lat and work_lon)"));
    return out;
}

// Returns whether the row has this address at all.
bool ParticipantRowParser::parseAddress(const CsvRow& row, ParticipantLocation::Kind kind,
                                        RowOutcome& out) const
{
    const QStringList& names = ParticipantCsv::columns();
    QString v[8];
    bool any = false;
    for (int f = csv::Street; f <= csv::Hours; ++f) {
        v[f] = value(row, csv::addressColumn(kind, csv::AddressField(f)));
        any = any || !v[f].isEmpty();
    }
    if (!any)
        return false;
    bool ok = true;
    const auto reject = [&](csv::AddressField field, const QString& reason) {
        out.issues << CsvIssue{row.line, names[csv::addressColumn(kind, field)], reason};
        out.rejected = true;
        ok = false;
    };
    // A line break in an address is a cell wrapped in a spreadsheet: it becomes a space. Other
    // controls have no business there.
    for (csv::AddressField field : {csv::Street, csv::HouseNumber, csv::Place, csv::Municipality}) {
        if (auto problem = TextRules::problem(v[field], TextRules::kAddressPartLength, true))
            reject(field, *problem);
        else if (v[field].contains(u'\n') || v[field].contains(u'\r') || v[field].contains(u'\t'))
            v[field] = v[field].simplified();
    }
    ParticipantLocation l;
    l.kind = kind;
    // The register keeps an address's missing parts as empty text, not as NULL.
    const auto text = [](const QString& value) {
        return value.isNull() ? QStringLiteral("") : value;
    };
    l.street = text(v[csv::Street]);
    l.houseNumber = text(v[csv::HouseNumber]);
    l.postcode = QStringLiteral("");
    l.place = text(v[csv::Place]);
    l.municipality = text(v[csv::Municipality]);
    if (!v[csv::Postcode].isEmpty()) {
        if (auto postcode = ParticipantCsvFormat::postcode(v[csv::Postcode]))
            l.postcode = *postcode;
        else
            reject(csv::Postcode, postcode.errorMessage());
    }
    const QString missing = kind == ParticipantLocation::Kind::Home
                                ? tr("missing: the home address needs coordinates")
                                : tr("missing: the work address needs coordinates");
    if (v[csv::Lat].isEmpty())
        reject(csv::Lat, missing);
    else if (auto lat = ParticipantCsvFormat::latitude(v[csv::Lat]))
        l.lat = *lat;
    else
        reject(csv::Lat, lat.errorMessage());
    if (v[csv::Lon].isEmpty())
        reject(csv::Lon, missing);
    else if (auto lon = ParticipantCsvFormat::longitude(v[csv::Lon]))
        l.lon = *lon;
    else
        reject(csv::Lon, lon.errorMessage());
    // Both within the rough box: now the line itself, the land plus 1 km.
    if (ok && !NationalBorder::netherlands().contains(l.lat, l.lon)) {
        out.issues << CsvIssue{row.line,
                               names[csv::addressColumn(kind, csv::Lat)] + QStringLiteral(", ") +
                                   names[csv::addressColumn(kind, csv::Lon)],
                               NationalBorder::outsideMessage(l.lat, l.lon)};
        out.rejected = true;
        ok = false;
    }
    if (auto hours = ParticipantCsvFormat::hours(v[csv::Hours])) {
        l.weekdays = hours->weekdays;
        l.startMinute = hours->startMinute;
        l.endMinute = hours->endMinute;
    } else {
        reject(csv::Hours, hours.errorMessage());
    }
    if (ok)
        out.participant.locations << l;
    return true;
}

} // namespace burgernet
