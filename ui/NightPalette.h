#pragma once

#include "app/core/Mode.h"

#include <QPalette>

class QApplication;

namespace burgernet {

// The window's colours for a dimmed control room: dark surfaces, soft light text, no bright
// white. The mode's own marks (the purple training border and banner, the live indicator) are
// drawn by ModeIndicator in their fixed colours on top, so that live and training stay
// unmistakable at night too.
class NightPalette
{
public:
    enum class Scheme { Day, Night };

    static QPalette night();
    // Applies the scheme to the whole application (Day: the style's standard palette).
    static void apply(QApplication& app, Scheme scheme);
    static Scheme current(const QApplication& app);
    // "day" / "night", as the setting keeps it.
    static Scheme fromId(const QString& id);
    static QString id(Scheme scheme);
};

} // namespace burgernet
