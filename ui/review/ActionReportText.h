#pragma once

#include "app/services/ReviewTypes.h"

#include <QCoreApplication>

namespace burgernet {

// One action's report as the review dock shows it: its figures, its delivery per channel and its
// timeline, as HTML. Codes and counts only, as the service gives them.
class ActionReportText
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::ActionReportText)

public:
    static QString html(const ActionReport& report);
    // The step names of the timeline in the user's language.
    static QString stepText(const QString& what);
    // Where a timeline entry comes from: the register, the outbox, the tips or the audit log
    // (with the record's number).
    static QString sourceText(const TimelineEntry& entry);
};

} // namespace burgernet
