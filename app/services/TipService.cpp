#include "app/services/TipService.h"

#include "app/core/Clock.h"
#include "app/dispatch/ActionRepository.h"
#include "app/dispatch/TipRepository.h"
#include "app/geo/LocationParser.h"
#include "app/services/ActionNotifier.h"
#include "app/services/AuditService.h"
#include "app/services/AuditedChange.h"

namespace burgernet {

namespace {

const QString kAction = QStringLiteral("action");
const QString kTip = QStringLiteral("tip");

// A tip timed this far ahead of the clock is a typing error, not a call.
constexpr qint64 kFutureSlackSeconds = 5 * 60;

QJsonObject facts(const Tip& tip)
{
    return {{QStringLiteral("source"), enumId(tip.source)},
            {QStringLiteral("rating"), enumId(tip.rating())},
            {QStringLiteral("located"), tip.located()}};
}

DetailKinds kinds()
{
    return {{QStringLiteral("source"), DetailKind::Id},
            {QStringLiteral("rating"), DetailKind::Id},
            {QStringLiteral("tip"), DetailKind::Id},
            {QStringLiteral("warnings"), DetailKind::Count}};
}

} // namespace

TipService::TipService(Database& db, AuditService& audit, const Clock& clock,
                       ActionNotifier& notifier)
    : m_db(db)
    , m_audit(audit)
    , m_clock(clock)
    , m_notifier(notifier)
{}

QList<TextWarning> TipService::check(const QString& text)
{
    QList<TextWarning> warnings;
    for (const TextWarning& w : TextChecks::checkText(QStringLiteral("tip.text"), text))
        if (w.kind == TextWarning::Kind::PersonalData)
            warnings << w;
    return warnings;
}

Result<QGeoCoordinate> TipService::parsePlace(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.compare(QLatin1String("unknown"), Qt::CaseInsensitive) == 0 ||
        trimmed.compare(QLatin1String("onbekend"), Qt::CaseInsensitive) == 0)
        return QGeoCoordinate();
    auto parsed = LocationParser::parse(trimmed);
    if (!parsed)
        return Error{tr("Place: %1").arg(parsed.errorMessage())};
    return parsed->coordinate;
}

Status TipService::validate(const Tip& tip) const
{
    const QString text = tip.text.trimmed();
    if (text.isEmpty())
        return Error{tr("Text: say in a few words what the caller reported.")};
    if (text.size() > kMaxTextLength)
        return Error{tr("Text: %1 characters; a tip's note has at most %2.")
                         .arg(text.size())
                         .arg(kMaxTextLength)};
    if (!tip.at.isValid())
        return Error{tr("Time: not a valid time.")};
    if (tip.at.secsTo(m_clock.nowUtc()) < -kFutureSlackSeconds)
        return Error{tr("Time: %1 is in the future.")
                         .arg(tip.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))};
    if (qIsNaN(tip.lat) != qIsNaN(tip.lon) ||
        (tip.located() && !QGeoCoordinate(tip.lat, tip.lon).isValid()))
        return Error{tr("Place: not a valid coordinate.")};
    return {};
}

Result<TipService::Saved> TipService::add(qint64 actionId, Tip tip)
{
    if (auto s = m_audit.require(Permission::ComposeAction, QStringLiteral("action.tip"), kAction,
                                 QString::number(actionId));
        !s)
        return s.error();
    tip.author = m_audit.session().user;
    return store(actionId, std::move(tip), false);
}

Result<TipService::Saved> TipService::receive(qint64 actionId, Tip tip)
{
    tip.author = QString::fromLatin1(kAppAuthor);
    tip.source = TipSource::App;
    tip.setRating(TipRating::Unrated);
    return store(actionId, std::move(tip), true);
}

Result<TipService::Saved> TipService::store(qint64 actionId, Tip tip, bool bySystem)
{
    auto action = ActionRepository(m_db).load(actionId);
    if (!action)
        return action.error();
    if (action->state == ActionState::Draft)
        return Error{tr("Action %1 is a draft: nobody was alerted, so no tip can come in yet.")
                         .arg(actionId)};
    tip.id = 0;
    tip.actionId = actionId;
    tip.text = tip.text.trimmed();
    tip.editedAt = {};
    tip.editedBy.clear();
    if (!tip.at.isValid())
        tip.at = m_clock.nowUtc();
    if (auto s = validate(tip); !s)
        return s.error();
    Saved saved;
    saved.warnings = check(tip.text);
    QJsonObject details = facts(tip);
    details.insert(QStringLiteral("warnings"), int(saved.warnings.size()));
    auto done =
        AuditedChange(m_db, m_audit)
            .run({bySystem ? QStringLiteral("action.tip_received") : QStringLiteral("action.tip"),
                  kAction, QString::number(actionId), details, bySystem, kinds()},
                 [&](QJsonObject& d) -> Status {
                     auto added = TipRepository(m_db).insert(tip);
                     if (!added)
                         return added.error();
                     saved.id = *added;
                     d.insert(kTip, saved.id);
                     return {};
                 });
    if (!done)
        return done.error();
    Q_EMIT m_notifier.actionChanged(actionId);
    Q_EMIT m_notifier.tipLogged(actionId, tip.lat, tip.lon);
    return saved;
}

Result<TipService::Saved> TipService::edit(const Tip& changed)
{
    TipRepository repository(m_db);
    auto stored = repository.load(changed.id);
    if (!stored) {
        (void)m_audit.require(Permission::ComposeAction, QStringLiteral("action.tip_edit"), kTip,
                              QString::number(changed.id));
        return stored.error();
    }
    if (auto s = m_audit.require(Permission::ComposeAction, QStringLiteral("action.tip_edit"),
                                 kAction, QString::number(stored->actionId));
        !s)
        return s.error();
    Tip tip = *stored;
    tip.at = changed.at.isValid() ? changed.at : stored->at;
    tip.lat = changed.lat;
    tip.lon = changed.lon;
    tip.text = changed.text.trimmed();
    tip.source = changed.source;
    tip.setRating(changed.rating());
    tip.editedAt = m_clock.nowUtc();
    tip.editedBy = m_audit.session().user;
    if (auto s = validate(tip); !s)
        return s.error();
    Saved saved{tip.id, check(tip.text)};
    QJsonObject details = facts(tip);
    details.insert(kTip, tip.id);
    details.insert(QStringLiteral("warnings"), int(saved.warnings.size()));
    auto done = AuditedChange(m_db, m_audit)
                    .run({QStringLiteral("action.tip_edit"), kAction, QString::number(tip.actionId),
                          details, false, kinds()},
                         [&](QJsonObject&) { return repository.update(tip); });
    if (!done)
        return done.error();
    Q_EMIT m_notifier.actionChanged(tip.actionId);
    Q_EMIT m_notifier.tipLogged(tip.actionId, tip.lat, tip.lon);
    return saved;
}

Status TipService::rate(qint64 tipId, TipRating rating)
{
    auto stored = TipRepository(m_db).load(tipId);
    if (!stored)
        return stored.error();
    Tip tip = *stored;
    tip.setRating(rating);
    auto edited = edit(tip);
    return edited ? Status() : Status(edited.error());
}

Result<QList<Tip>> TipService::tips(qint64 actionId) const
{
    if (auto s = m_audit.require(Permission::ViewActions, QStringLiteral("action.view"), kAction,
                                 QString::number(actionId));
        !s)
        return s.error();
    return TipRepository(m_db).list(actionId);
}

Result<Tip> TipService::tip(qint64 tipId) const
{
    auto tip = TipRepository(m_db).load(tipId);
    if (!tip)
        return tip.error();
    if (auto s = m_audit.require(Permission::ViewActions, QStringLiteral("action.view"), kAction,
                                 QString::number(tip->actionId));
        !s)
        return s.error();
    return tip;
}

Result<TipSummary> TipService::summary(qint64 actionId) const
{
    if (auto s = m_audit.require(Permission::ViewActions, QStringLiteral("action.view"), kAction,
                                 QString::number(actionId));
        !s)
        return s.error();
    auto action = ActionRepository(m_db).load(actionId);
    if (!action)
        return action.error();
    return TipRepository(m_db).summary(actionId, action->sentAt);
}

} // namespace burgernet
