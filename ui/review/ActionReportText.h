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
};

} // namespace burgernet
