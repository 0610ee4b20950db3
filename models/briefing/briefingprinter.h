// Lays a briefing book out in pages and paints them on a PDF writer or a
// printer: real text and vector charts, a header and footer on every page
// with the page number, the edition's stamp and, where a confidential or
// restricted measure is shown, its classification.
#pragma once

#include "briefingbook.h"

#include <QPageLayout>

class QPagedPaintDevice;

namespace civicstat {

QPageLayout briefingPageLayout(QPageSize::PageSizeId paper);

// `device` must already have briefingPageLayout(); returns the number of pages painted.
int paintBriefing(const BriefingBook &book, QPagedPaintDevice &device);

struct WrittenBriefing {
    int pages = 0;
    qint64 bytes = 0;
};

// Writes the PDF beside `path` and renames it into place: a failure (a folder
// that cannot be written, a full disk) leaves no file and throws StoreError(Io).
WrittenBriefing writeBriefingPdf(const BriefingBook &book, const QString &path);

} // namespace civicstat
