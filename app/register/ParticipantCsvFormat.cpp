#include "app/register/ParticipantCsvFormat.h"

#include <QStringList>
#include <QTimeZone>

#include <array>
#include <cmath>

namespace burgernet {

namespace {

constexpr std::array<const char*, 7> kDays{"mo", "tu", "we", "th", "fr", "sa", "su"};
constexpr std::array<const char*, 7> kDutchDays{"ma", "di", "wo", "do", "vr", "za", "zo"};

int dayIndex(QStringView name)
{
    for (int i = 0; i < 7; ++i)
        if (name == QLatin1String(kDays[size_t(i)]) || name == QLatin1String(kDutchDays[size_t(i)]))
            return i;
    return -1;
}

// "8:00", "08:00", "24:00" -> minutes, or -1.
int minutes(QStringView text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon < 1 || colon > 2 || text.size() != colon + 3)
        return -1;
    bool okH = false, okM = false;
    const int h = text.left(colon).toInt(&okH);
    const int m = text.mid(colon + 1).toInt(&okM);
    if (!okH || !okM || h < 0 || h > 24 || m < 0 || m > 59 || (h == 24 && m != 0))
        return -1;
    return h * 60 + m;
}

QString clock(int minute)
{
    return QStringLiteral("%1:%2")
        .arg(minute / 60, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

// What CsvWriter guards: a spreadsheet would run the cell as a formula.
bool isFormulaStart(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') ||
           c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

// Dutch time for dates and times without an offset. One per thread: QTimeZone's backend keeps
// caches that are not meant to be shared between threads.
const QTimeZone& dutchTime()
{
    static thread_local const QTimeZone zone(QByteArrayLiteral("Europe/Amsterdam"));
    return zone;
}

Result<double> coordinate(const QString& text, double min, double max, const QString& rangeText)
{
    QString t = text;
    t.replace(QLatin1Char(','), QLatin1Char('.')); // Dutch spreadsheets write a decimal comma
    bool ok = false;
    const double value = t.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return Error{ParticipantCsvFormat::tr("not a number (%1)").arg(text)};
    if (value < min || value > max)
        return Error{
            ParticipantCsvFormat::tr("outside the Netherlands (%1; %2)").arg(text, rangeText)};
    return value;
}

} // namespace

Result<QString> ParticipantCsvFormat::postcode(const QString& text)
{
    const QString t = text.toUpper().remove(QLatin1Char(' '));
    const bool shape = t.size() == 6 && t[0] >= QLatin1Char('1') && t[0] <= QLatin1Char('9') &&
                       t[1].isDigit() && t[2].isDigit() && t[3].isDigit() &&
                       t[4] >= QLatin1Char('A') && t[4] <= QLatin1Char('Z') &&
                       t[5] >= QLatin1Char('A') && t[5] <= QLatin1Char('Z') &&
                       t[1].unicode() < 0x80 && t[2].unicode() < 0x80 && t[3].unicode() < 0x80 &&
                       text.count(QLatin1Char(' ')) <= 1 && (text.size() == 6 || text.size() == 7);
    if (!shape)
        return Error{tr("not a postcode like 1234 AB (%1)").arg(text)};
    const QStringView letters = QStringView(t).mid(4);
    if (letters == QLatin1String("SA") || letters == QLatin1String("SD") ||
        letters == QLatin1String("SS"))
        return Error{tr("SA, SD and SS are not used in postcodes (%1)").arg(text)};
    return t.left(4) + QLatin1Char(' ') + t.mid(4);
}

Result<double> ParticipantCsvFormat::latitude(const QString& text)
{
    return coordinate(text, 50.70, 53.60, tr("latitude 50.70 to 53.60"));
}

Result<double> ParticipantCsvFormat::longitude(const QString& text)
{
    return coordinate(text, 3.30, 7.25, tr("longitude 3.30 to 7.25"));
}

Result<QDateTime> ParticipantCsvFormat::time(const QString& text)
{
    QDateTime time;
    if (text.size() == 10) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            time = QDateTime(date, QTime(0, 0), dutchTime());
    } else if (text.size() > 10) {
        QString t = text;
        if (t[10] == QLatin1Char(' '))
            t[10] = QLatin1Char('T');
        time = QDateTime::fromString(t, Qt::ISODateWithMs);
        if (time.isValid() && time.timeSpec() == Qt::LocalTime)
            time = QDateTime(time.date(), time.time(), dutchTime());
    }
    if (!time.isValid())
        return Error{tr("not a date like 2024-03-01 or 2024-03-01T09:30:00+01:00 (%1)").arg(text)};
    return time.toUTC();
}

Result<int> ParticipantCsvFormat::channels(const QString& text)
{
    int bits = 0;
    for (const QString& part : text.split(QLatin1Char(','))) {
        const QString name = part.trimmed().toLower();
        if (name.isEmpty())
            continue;
        if (name == QLatin1String("sms"))
            bits |= channelBit(BuiltinChannel::Sms);
        else if (name == QLatin1String("voice"))
            bits |= channelBit(BuiltinChannel::Voice);
        else if (name == QLatin1String("email") || name == QLatin1String("e-mail"))
            bits |= channelBit(BuiltinChannel::Email);
        else
            return Error{tr("unknown channel \"%1\" (use sms, voice, email)").arg(part.trimmed())};
    }
    if (bits == 0)
        return Error{tr("no channel chosen (use sms, voice, email)")};
    return bits;
}

Result<ParticipantCsvFormat::Hours> ParticipantCsvFormat::hours(const QString& text)
{
    const QString s = text.trimmed().toLower();
    Hours h;
    if (s.isEmpty() || s == QLatin1String("always") || s == QLatin1String("altijd"))
        return h;
    const Error bad{
        tr("not hours like \"mo-fr 08:00-18:00\", \"sa,su\" or \"always\" (%1)").arg(text)};
    QString days, span;
    const qsizetype space = s.indexOf(QLatin1Char(' '));
    if (s[0].isDigit())
        span = s;
    else if (space < 0)
        days = s;
    else {
        days = s.left(space);
        span = s.mid(space + 1).trimmed();
    }
    if (!days.isEmpty()) {
        h.weekdays = 0;
        for (const QString& part : days.split(QLatin1Char(','))) {
            const qsizetype dash = part.indexOf(QLatin1Char('-'));
            const int from = dayIndex(QStringView(part).left(dash < 0 ? part.size() : dash));
            const int to = dash < 0 ? from : dayIndex(QStringView(part).mid(dash + 1));
            if (from < 0 || to < 0)
                return bad;
            for (int d = from;; d = (d + 1) % 7) { // "fr-mo" runs over the weekend
                h.weekdays |= 1 << d;
                if (d == to)
                    break;
            }
        }
    }
    if (!span.isEmpty()) {
        span.remove(QLatin1Char(' '));
        const QStringList ends = span.split(QLatin1Char('-'));
        if (ends.size() != 2)
            return bad;
        h.startMinute = minutes(ends[0]);
        h.endMinute = minutes(ends[1]);
        if (h.startMinute < 0 || h.startMinute >= 1440 || h.endMinute < 0)
            return bad;
        if (h.startMinute == h.endMinute % 1440 && !(h.startMinute == 0 && h.endMinute == 1440))
            return Error{tr("the hours start and end at the same time (%1)").arg(text)};
    }
    return h;
}

bool ParticipantCsvFormat::isEmail(const QString& text)
{
    const qsizetype at = text.indexOf(QLatin1Char('@'));
    if (at < 1 || text.lastIndexOf(QLatin1Char('@')) != at)
        return false;
    for (const QChar c : text)
        if (c.isSpace() || c == QLatin1Char(',') || c == QLatin1Char(';') ||
            c == QLatin1Char('<') || c == QLatin1Char('>') || c == QLatin1Char('"'))
            return false;
    const QStringView domain = QStringView(text).mid(at + 1);
    const qsizetype dot = domain.lastIndexOf(QLatin1Char('.'));
    return dot > 0 && domain.size() - dot - 1 >= 2 && !domain.contains(QLatin1String("..")) &&
           !domain.startsWith(QLatin1Char('.'));
}

QString ParticipantCsvFormat::unguard(const QString& cell)
{
    if (cell.size() < 2 || cell[0] != QLatin1Char('\''))
        return cell;
    qsizetype k = 0;
    while (k < cell.size() && cell[k] == QLatin1Char('\''))
        ++k;
    return k < cell.size() && isFormulaStart(cell[k]) ? cell.mid(1) : cell;
}

QString ParticipantCsvFormat::guard(const QString& cell)
{
    if (cell.isEmpty() || cell[0] != QLatin1Char('\''))
        return cell;
    qsizetype k = 0;
    while (k < cell.size() && cell[k] == QLatin1Char('\''))
        ++k;
    return k < cell.size() && isFormulaStart(cell[k]) ? QLatin1Char('\'') + cell : cell;
}

QString ParticipantCsvFormat::formatTime(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    const QDateTime utc = time.toUTC();
    return utc.toString(utc.time().msec() == 0 ? Qt::ISODate : Qt::ISODateWithMs);
}

QString ParticipantCsvFormat::formatCoordinate(double value)
{
    // The shortest text that reads back as the same double.
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString ParticipantCsvFormat::formatChannels(int channels)
{
    QStringList names;
    if (channels & channelBit(BuiltinChannel::Sms))
        names << QStringLiteral("sms");
    if (channels & channelBit(BuiltinChannel::Voice))
        names << QStringLiteral("voice");
    if (channels & channelBit(BuiltinChannel::Email))
        names << QStringLiteral("email");
    return names.join(QLatin1Char(','));
}

QString ParticipantCsvFormat::formatHours(const ParticipantLocation& l)
{
    const bool allDay = l.startMinute == 0 && l.endMinute == 1440;
    const int weekdays = l.weekdays & 0x7f;
    if (weekdays == 0x7f && allDay)
        return QStringLiteral("always");
    QStringList days;
    if (weekdays == 0x7f)
        days << QStringLiteral("mo-su");
    for (int d = 0; d < 7 && weekdays != 0x7f;) {
        if (!(weekdays >> d & 1)) {
            ++d;
            continue;
        }
        int end = d;
        while (end + 1 < 7 && (weekdays >> (end + 1) & 1))
            ++end;
        if (end - d >= 2) {
            days << QStringLiteral("%1-%2").arg(QLatin1String(kDays[size_t(d)]),
                                                QLatin1String(kDays[size_t(end)]));
        } else {
            for (int i = d; i <= end; ++i)
                days << QLatin1String(kDays[size_t(i)]);
        }
        d = end + 1;
    }
    QString text = days.join(QLatin1Char(','));
    if (!allDay)
        text += QLatin1Char(' ') + clock(l.startMinute) + QLatin1Char('-') + clock(l.endMinute);
    return text;
}

} // namespace burgernet
