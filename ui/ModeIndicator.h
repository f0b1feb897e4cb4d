#pragma once

#include "app/core/Mode.h"

#include <QLabel>

namespace burgernet {

// The LIVE / TRAINING label in the status bar and the training banner: the two modes must
// never look alike (Hawaii 2018).
class ModeIndicator : public QLabel
{
    Q_OBJECT
public:
    explicit ModeIndicator(Mode mode, QWidget* parent = nullptr);
    Mode mode() const { return m_mode; }

    static QString modeText(Mode mode);
    static QColor modeColor(Mode mode);
    // A full-width banner for the top of the window in training mode.
    static QLabel* createTrainingBanner(QWidget* parent);

private:
    Mode m_mode;
};

} // namespace burgernet
