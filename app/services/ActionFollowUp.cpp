// ActionService, after the alert went out: updates, closing, cancel, decisions, tips,
// recovery after a restart and the message templates.
#include "app/core/Clock.h"
#include "app/core/Logging.h"
#include "app/core/Settings.h"
#include "app/core/SettingsKeys.h"
#include "app/dispatch/RecipientResolver.h"
#include "app/services/ActionService.h"
#include "app/services/AuditService.h"
#include "app/services/SelectionService.h"
#include "app/storage/Database.h"
#include "app/storage/SqlTransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <set>

namespace burgernet {

namespace {
const QString kAction = QStringLiteral("action");
const QStringList kReachedStates{outbox::Sent, outbox::Delivered};
} // namespace

std::vector<OutboxEntry> ActionService::reached(qint64 id, const QStringList& channelList,
                                                const QStringList& messageTypes,
                                                const QStringList& states,
                                                const QString& language) const
{
    std::vector<OutboxEntry> entries;
    for (const QString& channel : channelList) {
        auto ids = m_outbox.participants(id, channel, messageTypes, states);
        if (!ids) {
            qCWarning(lcDispatch) << ids.errorMessage();
            continue;
        }
        if (!channels::isAddressed(channel)) {
            // A broadcast channel is "reached" when its area message went out.
            auto counts = m_outbox.counts(id);
            qint64 n = 0;
            if (counts)
                for (const QString& s : states)
                    n += counts->value(channel).value(s);
            if (n > 0)
                entries.push_back({0, channel, language});
            continue;
        }
        for (qint64 participant : *ids)
            entries.push_back({participant, channel, QString()});
    }
    return entries;
}

// The participant's language is kept on the alert row; copy it onto follow-up rows.
static void fillLanguages(Database& db, qint64 actionId, std::vector<OutboxEntry>& entries)
{
    QHash<qint64, QString> languages;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT participant_id, language FROM outbox WHERE action_id = ? AND "
                             "message_type = 'alert' AND participant_id IS NOT NULL"));
    q.addBindValue(actionId);
    if (q.exec())
        while (q.next())
            languages.insert(q.value(0).toLongLong(), q.value(1).toString());
    for (OutboxEntry& e : entries)
        if (e.language.isEmpty())
            e.language = languages.value(e.participantId, QStringLiteral("nl"));
}

Status ActionService::sendUpdate(qint64 id, const QString& text,
                                 const std::optional<GeoArea>& grownArea)
{
    auto a = m_repo.load(id);
    if (!a)
        return a.error();
    const Permission needed =
        a->content.kind == ActionKind::Urgent ? Permission::SendAction : Permission::SendNonUrgent;
    if (auto s = require(needed, QStringLiteral("action.update"), id); !s)
        return s;
    if (a->state != ActionState::Sending && a->state != ActionState::Sent &&
        a->state != ActionState::Updated)
        return Error{tr("An update can only follow a sent action.")};
    if (text.trimmed().isEmpty())
        return Error{tr("Write the update first.")};

    // Everyone the alert is meant for (not cancelled, dropped or failed) gets the update.
    std::vector<OutboxEntry> updateRows = reached(
        id, a->content.channels, {QStringLiteral("alert")},
        {outbox::Queued, outbox::Sending, outbox::Sent, outbox::Delivered}, a->content.language);
    fillLanguages(m_db, id, updateRows);

    std::vector<OutboxEntry> newAlertRows;
    if (grownArea && !grownArea->isEmpty()) {
        std::set<std::pair<QString, qint64>> known;
        for (const OutboxEntry& e : reached(id, a->content.channels, {QStringLiteral("alert")},
                                            outbox::allStates(), a->content.language))
            known.insert({e.channel, e.participantId});
        auto plan = RecipientResolver::resolve(
            m_db, m_selection.select(*grownArea, m_clock.nowUtc()), a->content.channels,
            a->content.language, m_settings.value(keys::DispatchDailyLimit), dayStartMs());
        if (!plan)
            return plan.error();
        for (const OutboxEntry& e : plan->entries)
            if (channels::isAddressed(e.channel) && !known.count({e.channel, e.participantId}))
                newAlertRows.push_back(e);
        a->areaGeoJson = QJsonDocument(grownArea->toGeoJson()).toJson(QJsonDocument::Compact);
    }
    if (!newAlertRows.empty()) {
        // The newcomers get the full message with the news in it, not an update to something
        // they never saw.
        Action withNews = *a;
        withNews.content.freeText = (a->content.freeText + QLatin1Char(' ') + text).trimmed();
        const ComposedMessage alert =
            MessageComposer(m_templates).compose(composerInput(withNews, MessageType::Alert));
        if (auto s = enqueue(*a, MessageType::Alert, alert, newAlertRows, a->state,
                             QStringLiteral("area.grow"),
                             {{QStringLiteral("new_recipients"), qint64(newAlertRows.size())}});
            !s)
            return s;
    }
    MessageComposer::Input in = composerInput(*a, MessageType::Update);
    in.updateText = text;
    const ComposedMessage update = MessageComposer(m_templates).compose(in);
    const ActionState to =
        a->state == ActionState::Sending ? ActionState::Sending : ActionState::Updated;
    return enqueue(*a, MessageType::Update, update, updateRows, to, QStringLiteral("update"), {});
}

Status ActionService::close(qint64 id, Outcome outcome, const QString& text)
{
    if (auto s = require(Permission::CloseAction, QStringLiteral("action.close"), id); !s)
        return s;
    auto a = m_repo.load(id);
    if (!a)
        return a.error();
    if (a->state != ActionState::Sent && a->state != ActionState::Updated &&
        a->state != ActionState::Sending)
        return Error{tr("Only a sent action can be closed; action %1 is %2.")
                         .arg(id)
                         .arg(actionStateId(a->state))};
    a->outcome = outcome;
    if (a->state == ActionState::Sending)
        a->state = ActionState::Sent; // closing early: what is still queued is cancelled below
    const qint64 nowMs = m_clock.nowUtc().toMSecsSinceEpoch();
    m_counts.remove(id);
    if (auto moved = m_outbox.move(id, outbox::Queued, outbox::Cancelled, nowMs); !moved)
        return moved.error();
    const QJsonObject details{{QStringLiteral("outcome"), outcomeId(outcome)}};
    if (a->content.kind == ActionKind::Notice)
        return transition(*a, ActionState::Closed, QStringLiteral("close"), details);
    // Exactly everyone reached: the alert went out to them (sent or delivered).
    std::vector<OutboxEntry> rows = reached(id, a->content.channels, {QStringLiteral("alert")},
                                            kReachedStates, a->content.language);
    fillLanguages(m_db, id, rows);
    MessageComposer::Input in = composerInput(*a, MessageType::Closing);
    in.outcome = outcome;
    in.outcomeText = text;
    return enqueue(*a, MessageType::Closing, MessageComposer(m_templates).compose(in), rows,
                   ActionState::Closed, QStringLiteral("close"), details);
}

Status ActionService::cancel(qint64 id, const QString& text)
{
    auto a = m_repo.load(id);
    if (!a)
        return a.error();
    const Permission needed =
        a->content.kind == ActionKind::Urgent ? Permission::SendAction : Permission::SendNonUrgent;
    if (auto s = require(needed, QStringLiteral("action.cancel"), id); !s)
        return s;
    if (isTerminal(a->state))
        return Error{tr("Action %1 is already finished.").arg(id)};
    const qint64 nowMs = m_clock.nowUtc().toMSecsSinceEpoch();
    m_counts.remove(id);
    auto stopped = m_outbox.move(id, outbox::Queued, outbox::Cancelled, nowMs);
    if (!stopped)
        return stopped.error();
    (void)m_outbox.move(id, outbox::Stale, outbox::Cancelled, nowMs);
    const QJsonObject details{{QStringLiteral("stopped"), *stopped}};
    // Those who may have heard the alert hear that it is withdrawn.
    std::vector<OutboxEntry> rows =
        reached(id, a->content.channels, {QStringLiteral("alert"), QStringLiteral("update")},
                {outbox::Sent, outbox::Delivered, outbox::Uncertain}, a->content.language);
    fillLanguages(m_db, id, rows);
    if (rows.empty())
        return transition(*a, ActionState::Cancelled, QStringLiteral("cancel"), details);
    MessageComposer::Input in = composerInput(*a, MessageType::Cancel);
    in.updateText = text;
    return enqueue(*a, MessageType::Cancel, MessageComposer(m_templates).compose(in), rows,
                   ActionState::Cancelled, QStringLiteral("cancel"), details);
}

Result<qint64> ActionService::retryFailed(qint64 id, const QString& channel)
{
    if (auto s = require(Permission::SendAction, QStringLiteral("action.retry"), id); !s)
        return s.error();
    m_counts.remove(id);
    auto moved = m_outbox.move(id, outbox::Failed, outbox::Queued,
                               m_clock.nowUtc().toMSecsSinceEpoch(), channel);
    if (!moved)
        return moved;
    QJsonObject details{{QStringLiteral("rows"), *moved}};
    if (!channel.isEmpty())
        details.insert(QStringLiteral("channel"), channel);
    if (auto seq = m_audit.record(QStringLiteral("action.retry_failed"), kAction,
                                  QString::number(id), AuditResult::Ok, details);
        !seq)
        return seq.error();
    Q_EMIT actionChanged(id);
    Q_EMIT outboxQueued();
    return moved;
}

Result<qint64> ActionService::decideUncertain(qint64 id, bool resend)
{
    if (auto s = require(Permission::SendAction, QStringLiteral("action.decide_uncertain"), id); !s)
        return s.error();
    // Recorded first: a resend of something that may already have arrived is a human decision.
    if (auto seq =
            m_audit.record(QStringLiteral("action.decide_uncertain"), kAction, QString::number(id),
                           AuditResult::Ok, {{QStringLiteral("resend"), resend}});
        !seq)
        return seq.error();
    m_counts.remove(id);
    auto moved = m_outbox.move(id, outbox::Uncertain, resend ? outbox::Queued : outbox::Dropped,
                               m_clock.nowUtc().toMSecsSinceEpoch());
    Q_EMIT actionChanged(id);
    if (resend)
        Q_EMIT outboxQueued();
    return moved;
}

Result<qint64> ActionService::decideStale(qint64 id, bool send)
{
    if (auto s = require(Permission::SendAction, QStringLiteral("action.decide_stale"), id); !s)
        return s.error();
    if (auto seq =
            m_audit.record(QStringLiteral("action.decide_stale"), kAction, QString::number(id),
                           AuditResult::Ok, {{QStringLiteral("send"), send}});
        !seq)
        return seq.error();
    m_counts.remove(id);
    auto moved = m_outbox.move(id, outbox::Stale, send ? outbox::Queued : outbox::Dropped,
                               m_clock.nowUtc().toMSecsSinceEpoch());
    Q_EMIT actionChanged(id);
    if (send)
        Q_EMIT outboxQueued();
    return moved;
}

Result<qint64> ActionService::logTip(qint64 id, Tip tip)
{
    if (auto s = require(Permission::ComposeAction, QStringLiteral("action.tip"), id); !s)
        return s.error();
    auto a = m_repo.load(id);
    if (!a)
        return a.error();
    tip.actionId = id;
    tip.author = m_audit.session().user;
    if (!tip.at.isValid())
        tip.at = m_clock.nowUtc();
    auto tipId = m_repo.addTip(tip);
    if (!tipId)
        return tipId;
    // The tip's text may name people: only the fact and the usefulness are recorded.
    if (auto seq = m_audit.record(QStringLiteral("action.tip"), kAction, QString::number(id),
                                  AuditResult::Ok,
                                  {{QStringLiteral("tip"), *tipId},
                                   {QStringLiteral("useful"), tip.useful},
                                   {QStringLiteral("located"), !qIsNaN(tip.lat)}});
        !seq)
        return seq.error();
    Q_EMIT actionChanged(id);
    Q_EMIT tipLogged(id, tip.lat, tip.lon);
    return tipId;
}

Result<RecoveryReport> ActionService::recoverAfterRestart()
{
    const qint64 nowMs = m_clock.nowUtc().toMSecsSinceEpoch();
    const qint64 staleMs = qint64(m_settings.value(keys::DispatchStaleMinutes)) * 60'000;
    auto recovered = m_outbox.recover(nowMs, nowMs - staleMs);
    if (!recovered)
        return recovered.error();
    RecoveryReport report{recovered->first, recovered->second};
    m_counts.clear();
    if (report.uncertain || report.stale) {
        qCWarning(lcDispatch) << "after restart:" << report.uncertain << "uncertain,"
                              << report.stale << "stale outbox rows wait for a decision";
        if (auto seq = m_audit.recordSystem(QStringLiteral("outbox.recover"),
                                            QStringLiteral("outbox"), QString(), AuditResult::Ok,
                                            {{QStringLiteral("uncertain"), report.uncertain},
                                             {QStringLiteral("stale"), report.stale}});
            !seq)
            return seq.error();
    }
    refreshStates();
    return report;
}

void ActionService::refreshStates(const QList<qint64>& ids)
{
    QList<qint64> check = ids;
    if (check.isEmpty()) {
        auto open = m_repo.list(true);
        if (!open)
            return;
        for (const Action& a : *open)
            if (a.state == ActionState::Sending)
                check << a.id;
    }
    for (qint64 id : check) {
        auto a = m_repo.load(id);
        if (!a || a->state != ActionState::Sending)
            continue;
        auto pending = m_outbox.hasPendingWork(id, QStringLiteral("alert"));
        if (pending && !*pending) {
            auto counts = m_outbox.counts(id);
            QJsonArray details;
            if (counts)
                for (auto it = counts->cbegin(); it != counts->cend(); ++it) {
                    QJsonObject perState{{QStringLiteral("channel"), it.key()}};
                    for (auto s = it->cbegin(); s != it->cend(); ++s)
                        perState.insert(s.key(), s.value());
                    details.append(perState);
                }
            if (auto s = transition(*a, ActionState::Sent, QStringLiteral("sent"),
                                    {{QStringLiteral("outbox"), details}}, true);
                !s)
                qCWarning(lcDispatch) << s.errorMessage();
        } else {
            Q_EMIT actionChanged(id);
        }
    }
}

Status ActionService::setTemplate(const QString& language, const QString& name, const QString& body)
{
    if (auto s = require(Permission::ManageTemplates, QStringLiteral("template.change"), 0); !s)
        return s;
    if (!MessageTemplates::languages().contains(language) ||
        !m_templates.hasEntry(QStringLiteral("nl"), name))
        return Error{tr("There is no template \"%1\" in language \"%2\".").arg(name, language)};
    SqlTransaction transaction(m_db.connection(), SqlTransaction::Mode::Immediate);
    if (auto s = m_repo.setTemplateOverride(
            {language, name, body, m_clock.nowUtc(), m_audit.session().user});
        !s)
        return s;
    if (auto seq = m_audit.record(QStringLiteral("template.change"), QStringLiteral("template"),
                                  language + QLatin1Char('/') + name, AuditResult::Ok,
                                  {{QStringLiteral("length"), qint64(body.size())}});
        !seq)
        return seq.error();
    if (auto committed = transaction.commit(); !committed)
        return committed;
    m_templates.setOverride(language, name, body);
    return {};
}

Status ActionService::reloadTemplates()
{
    MessageTemplates templates = MessageTemplates::builtIn();
    auto overrides = m_repo.templateOverrides();
    if (!overrides)
        return overrides.error();
    for (const TemplateOverride& o : *overrides)
        templates.setOverride(o.language, o.name, o.body);
    m_templates = std::move(templates);
    return {};
}

} // namespace burgernet
