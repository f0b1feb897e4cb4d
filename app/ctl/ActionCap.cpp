#include "app/ctl/ActionCap.h"

#include "app/ctl/CtlContext.h"
#include "app/services/ActionWorkflow.h"
#include "app/services/SenderService.h"
#include "app/session/SessionServices.h"

#include <QDir>
#include <QSaveFile>

namespace burgernet {

QList<CapMessage> ActionCap::documents(const Action& action, const QList<ActionMessage>& messages,
                                       const CapPublisher& publisher)
{
    QList<CapMessage> documents;
    QStringList earlier;
    bool alerted = false;
    for (const ActionMessage& m : messages) {
        // A later alert goes to the participants a grown area newly reaches, on addressed
        // channels only; the area's broadcast learns of the growth from the update.
        if (m.type == MessageType::Alert && std::exchange(alerted, true))
            continue;
        const ChannelText* text = m.message.find(action.content.language, BuiltinChannel::Cap);
        if (!text)
            continue;
        CapMessage cap = capFromText(*text, publisher, earlier);
        if (action.mode == Mode::Training) // never shown as real, whatever the text says
            cap.status = QStringLiteral("Exercise");
        if (cap.identifier.isEmpty())
            cap.identifier = QStringLiteral("burgernet-%1-message-%2").arg(action.id).arg(m.id);
        if (!cap.sent.isValid())
            cap.sent = m.createdAt.addMSecs(-m.createdAt.time().msec());
        earlier << cap.reference();
        documents << cap;
    }
    return documents;
}

int ActionCap::run(CtlContext& context, SessionServices& session, qint64 actionId,
                   const QString& outDir)
{
    auto action = session.workflow().action(actionId);
    if (!action) {
        context.err() << action.errorMessage() << Qt::endl;
        return ExitFailure;
    }
    auto messages = session.workflow().messages(actionId);
    if (!messages) {
        context.err() << messages.errorMessage() << Qt::endl;
        return ExitFailure;
    }
    // The feed's own settings, so that sender and references are the ones it publishes.
    const CapPublisher publisher =
        CapPublisher::fromSettings(session.senders().settings(QStringLiteral("cap-feed")));
    const QList<CapMessage> caps = documents(*action, *messages, publisher);
    if (caps.isEmpty()) {
        context.err()
            << tr("Action %1 has no messages: nothing has been sent for it.").arg(actionId)
            << Qt::endl;
        return ExitFailure;
    }
    if (outDir.isEmpty()) {
        for (qsizetype i = 0; i < caps.size(); ++i) {
            if (i > 0)
                context.out() << Qt::endl;
            context.out() << QString::fromUtf8(caps.at(i).toXml()).trimmed() << Qt::endl;
        }
        return ExitOk;
    }
    const QDir dir(outDir);
    if (!dir.mkpath(QStringLiteral("."))) {
        context.err() << tr("Cannot create the folder %1.").arg(outDir) << Qt::endl;
        return ExitFailure;
    }
    for (const CapMessage& cap : caps) {
        const QString path = dir.absoluteFilePath(cap.identifier + QStringLiteral(".xml"));
        QSaveFile file(path);
        const QByteArray xml = cap.toXml();
        if (!file.open(QIODevice::WriteOnly) || file.write(xml) != xml.size() || !file.commit()) {
            context.err() << tr("Cannot write %1: %2").arg(path, file.errorString()) << Qt::endl;
            return ExitFailure;
        }
        context.out() << path << Qt::endl;
    }
    return ExitOk;
}

} // namespace burgernet
