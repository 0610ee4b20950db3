#include "offlinetext.h"

#include "storefactory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace civicstat {

namespace {
struct OfflineText { Q_DECLARE_TR_FUNCTIONS(OfflineCopy) };

QString dateText(QDate date) { return date.toString(Qt::ISODate); }

// A file is named by its name alone: the banner must fit a laptop's width, and
// the folder is in the banner's tooltip (offlineSourceText). A server's address
// is short and all of it matters.
QString shortSource(const QString &source)
{
    return isServerLocation(source) ? source : QFileInfo(source).fileName();
}
} // namespace

QString offlineSourceText(const OfflineCopyStamp &stamp)
{
    return OfflineText::tr("Taken from %1").arg(isServerLocation(stamp.source) ? stamp.source
                                                                              : QDir::toNativeSeparators(stamp.source));
}

QString offlineBannerText(const OfflineCopyStamp &stamp, QDate today)
{
    if (!stamp.dataAsOf)
        return OfflineText::tr("Offline copy of %1, without figures").arg(shortSource(stamp.source));
    // A copy whose data is dated after today (a clock set wrong) is not "-2 days old".
    const qint64 days = std::max<qint64>(0, stamp.dataAsOf->daysTo(today));
    QString age;
    if (days == 0)
        age = OfflineText::tr("today");
    else if (days == 1)
        age = OfflineText::tr("1 day old");
    else
        age = OfflineText::tr("%1 days old").arg(days);
    return OfflineText::tr("Offline copy of %1, data as of %2, %3").arg(shortSource(stamp.source), dateText(*stamp.dataAsOf), age);
}

QString pendingCommentsText(int pending)
{
    if (pending <= 0)
        return {};
    if (pending == 1)
        return OfflineText::tr("1 comment to send back");
    return OfflineText::tr("%1 comments to send back").arg(pending);
}

QString conflictNote(const OfflineCopyStamp &stamp, const std::optional<Commentary> &atSource)
{
    const QString taken = dateText(stamp.takenAt.toUTC().date());
    if (!atSource)
        return OfflineText::tr("[Written offline; the comment it edits was removed at the source after %1]").arg(taken);
    return OfflineText::tr("[Written offline; conflicts with a change made at the source after %1 to the comment by %2]")
        .arg(taken, atSource->author);
}

} // namespace civicstat
