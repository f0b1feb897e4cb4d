#include "ui/ModeIndicator.h"

namespace burgernet {

ModeIndicator::ModeIndicator(Mode mode, QWidget* parent)
    : QLabel(parent)
    , m_mode(mode)
{
    setObjectName(QStringLiteral("modeIndicator"));
    setText(modeText(mode));
    setAlignment(Qt::AlignCenter);
    setMinimumWidth(110);
    setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; font-weight: bold; "
                                 "padding: 2px 10px; border-radius: 3px; }")
                      .arg(modeColor(mode).name()));
    setToolTip(mode == Mode::Live
                   ? tr("Live mode: messages go to real participants.")
                   : tr("Training mode: a separate database and simulated senders only. "
                        "Nothing reaches a real participant."));
}

QString ModeIndicator::modeText(Mode mode)
{
    return mode == Mode::Live ? tr("LIVE") : tr("TRAINING");
}

QColor ModeIndicator::modeColor(Mode mode)
{
    // Live is the police-blue of the house style; training is a loud purple nobody mistakes.
    return mode == Mode::Live ? QColor(0x15, 0x42, 0x73) : QColor(0x8b, 0x1e, 0x9e);
}

QLabel* ModeIndicator::createTrainingBanner(QWidget* parent)
{
    auto* banner = new QLabel(
        tr("TRAINING — simulated senders only, nothing reaches real participants"), parent);
    banner->setObjectName(QStringLiteral("trainingBanner"));
    banner->setAlignment(Qt::AlignCenter);
    banner->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; font-weight: "
                                         "bold; padding: 4px; }")
                              .arg(modeColor(Mode::Training).name()));
    return banner;
}

} // namespace burgernet
