#include "inputlimits.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QLocale>

#include <algorithm>

namespace civicstat {

std::optional<QByteArray> readAtMost(QIODevice &device, qint64 maxBytes)
{
    constexpr qint64 chunk = qint64(1) << 20;
    QByteArray bytes;
    if (!device.isSequential() && device.size() <= maxBytes)
        bytes.reserve(qsizetype(device.size()));
    for (;;) {
        const qint64 wanted = std::min(chunk, maxBytes + 1 - bytes.size());
        const qsizetype before = bytes.size();
        bytes.resize(before + qsizetype(wanted));
        const qint64 got = device.read(bytes.data() + before, wanted);
        if (got < 0)
            return std::nullopt;
        bytes.resize(before + qsizetype(got));
        if (bytes.size() > maxBytes)
            return std::nullopt;
        if (got == 0)
            return bytes;
    }
}

QString byteSizeText(qint64 bytes)
{
    if (bytes >= (qint64(1) << 30) && bytes % (qint64(1) << 30) == 0)
        return QCoreApplication::translate("InputLimits", "%1 GB").arg(bytes >> 30);
    if (bytes >= (qint64(1) << 20))
        return QCoreApplication::translate("InputLimits", "%1 MB").arg(QLocale().toString(double(bytes) / (1 << 20), 'f', bytes % (1 << 20) == 0 ? 0 : 1));
    if (bytes >= 1024)
        return QCoreApplication::translate("InputLimits", "%1 KB").arg(QLocale().toString(double(bytes) / 1024, 'f', bytes % 1024 == 0 ? 0 : 1));
    return QCoreApplication::translate("InputLimits", "%1 bytes").arg(bytes);
}

} // namespace civicstat
