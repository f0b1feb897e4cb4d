#pragma once

#include <QDialog>

namespace burgernet {

// Version, licence and the credits for the data the console ships.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);
};

} // namespace burgernet
