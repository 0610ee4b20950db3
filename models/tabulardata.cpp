#include "tabulardata.h"

#include "csvfile.h"
#include "xlsxfile.h"

#include <QFileInfo>

namespace civicstat {

TabularFile readTabularFile(const QString &path, const QString &sheet)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0)
        return readXlsxFile(path, sheet);
    return readCsvFile(path);
}

} // namespace civicstat
