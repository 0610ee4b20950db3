// Status icons: a different shape per status, so status never rests on colour;
// on a selected row the shape keeps its own colour on a white halo instead of
// being tinted into the highlight.
#include "statuspresentation.h"

#include <QImage>
#include <QPixmap>
#include <QTest>

using namespace civicstat;

namespace {
const QList<Status> allStatuses{Status::OnTrack, Status::AtRisk, Status::OffTrack, Status::NoData, Status::NoTarget};

QImage iconImage(Status status, QIcon::Mode mode)
{
    return statusIcon(status).pixmap(QSize(16, 16), 1.0, mode).toImage().convertToFormat(QImage::Format_ARGB32);
}

int whitePixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            count += c.alpha() == 255 && c.red() > 240 && c.green() > 240 && c.blue() > 240;
        }
    }
    return count;
}
} // namespace

class StatusPresentationTest final : public QObject
{
    Q_OBJECT

private slots:
    void everyStatus_hasItsOwnShape()
    {
        for (int i = 0; i < allStatuses.size(); ++i) {
            const QImage a = iconImage(allStatuses[i], QIcon::Normal);
            QVERIFY(!a.isNull());
            for (int j = i + 1; j < allStatuses.size(); ++j) {
                // Compared by coverage alone (alpha), so two colours cannot pass for two shapes.
                const QImage b = iconImage(allStatuses[j], QIcon::Normal);
                bool differ = false;
                for (int y = 0; y < 16 && !differ; ++y)
                    for (int x = 0; x < 16 && !differ; ++x)
                        differ = qAbs(a.pixelColor(x, y).alpha() - b.pixelColor(x, y).alpha()) > 128;
                QVERIFY2(differ, qPrintable(QStringLiteral("%1 and %2").arg(int(allStatuses[i])).arg(int(allStatuses[j]))));
            }
        }
    }

    void selectedRow_keepsTheColour_onAWhiteHalo()
    {
        for (Status status : {Status::OnTrack, Status::AtRisk, Status::OffTrack}) {
            const QImage normal = iconImage(status, QIcon::Normal);
            const QImage selected = iconImage(status, QIcon::Selected);
            QCOMPARE(whitePixels(normal), 0);
            QVERIFY2(whitePixels(selected) >= 8, qPrintable(QString::number(whitePixels(selected))));
            const QColor middle = selected.pixelColor(8, 10), own = statusColour(status); // the status's own colour
            QVERIFY2(qAbs(middle.red() - own.red()) + qAbs(middle.green() - own.green()) + qAbs(middle.blue() - own.blue()) < 12,
                     qPrintable(middle.name() + QLatin1String(" for ") + own.name()));
        }
    }
};

QTEST_MAIN(StatusPresentationTest)
#include "tst_statuspresentation.moc"
