#pragma once

#include "app/services/ReviewTypes.h"

#include <QJsonObject>
#include <QStringList>

namespace burgernet {

// The review's figures as JSON (burgernetctl --json) and CSV rows (exports, --csv). Codes and
// counts only: nothing in them names a participant.
namespace ReviewFormats {

QJsonObject filterJson(const ReviewFilter& filter, Mode mode);
QJsonObject rowJson(const ReviewRow& row);
QJsonObject statsJson(const ReviewStats& stats, Mode mode);
QJsonObject reportJson(const ActionReport& report);

QStringList overviewHeader();
QStringList overviewCells(const ReviewRow& row);
// The statistics as rows of section, key, figure, value.
QList<QStringList> statsRows(const ReviewStats& stats);

} // namespace ReviewFormats

} // namespace burgernet
