#pragma once

#include "app/core/Result.h"
#include "app/dispatch/ChannelSender.h"
#include "app/dispatch/Tip.h"

#include <QCoreApplication>

#include <functional>

namespace burgernet {

// The app platform's call-backs: a participant who saw something taps "tip" in the Burgernet
// app, and the platform posts it here (signed, see CallbackGuard) as JSON:
//   {"action": 12, "text": "rode scooter richting station", "lat": 52.09, "lon": 5.12,
//    "at": "2026-12-05T08:01:00Z"}
// Place and time are optional. The answer is 201 with the tip's id, 400 naming the field that
// is wrong, 422 with what storing it said, or 503 when the console is busy.
class AppTipRoute
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::AppTipRoute)

public:
    // Stores the tip (any thread may call answer(); `store` decides where it runs). Sets
    // `tryLater` when the console could not take it now (the platform then sends it again).
    using Store = std::function<Result<qint64>(qint64 actionId, const Tip& tip, bool* tryLater)>;

    static constexpr const char* kRoute = "app-tips";

    // The tip in the body, or an error naming the field.
    static Result<std::pair<qint64, Tip>> parse(const QByteArray& body);
    static CallbackReply answer(const CallbackRequest& request, const Store& store);
};

} // namespace burgernet
