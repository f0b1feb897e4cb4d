#pragma once

#include <QWidget>

namespace burgernet {

// Stands in for a panel whose issue has not landed yet, saying what will be there.
class PlaceholderPanel : public QWidget
{
    Q_OBJECT
public:
    PlaceholderPanel(const QString& title, const QString& explanation, QWidget* parent = nullptr);
};

} // namespace burgernet
