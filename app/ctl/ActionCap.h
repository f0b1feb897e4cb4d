#pragma once

#include "app/dispatch/ActionRepository.h"
#include "app/dispatch/CapDocument.h"

#include <QCoreApplication>

namespace burgernet {

class CtlContext;
class SessionServices;

// `burgernetctl action cap ID [--out DIR]`: an action's messages as OASIS CAP 1.2 documents,
// made from the stored CAP texts with the same builder and the same settings as the CAP feed,
// so that what is shown here is what the feed publishes (or would, had the action chosen it).
class ActionCap
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::ActionCap)

public:
    // The documents in order: Alert for the first alert, Update for each update and for the
    // closing message, Cancel for a cancellation; each later one refers to every earlier one.
    static QList<CapMessage> documents(const Action& action, const QList<ActionMessage>& messages,
                                       const CapPublisher& publisher);

    // Prints the documents one after another, each complete with its own XML declaration and a
    // blank line between them; with `outDir` writes one file per message instead, named
    // <identifier>.xml, and prints the files' paths. Fails when the action does not exist or
    // has no messages.
    static int run(CtlContext& context, SessionServices& session, qint64 actionId,
                   const QString& outDir);
};

} // namespace burgernet
