// Mapping files and plans shared by the mapped-import tests.
#pragma once

#include "importmapping.h"
#include "canonicalimport.h"

#include <QFile>

namespace civicstat::test {

inline QByteArray testData(const char *name)
{
    QFile file(QStringLiteral(CIVICSTAT_TEST_DATA "/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", name);
    return file.readAll();
}

inline ImportMapping mappingFrom(const char *name)
{
    QString error;
    auto mapping = ImportMapping::fromJson(testData(name), QString(), &error);
    if (!mapping)
        qFatal("mapping: %s", qPrintable(error));
    return *mapping;
}

inline const Observation *find(const ImportPlan &plan, const QString &measure, const QString &period,
                           const QString &member = QString())
{
    for (const Observation &o : plan.batch.observations) {
        if (o.measureCode == measure && o.period.text() == period && o.memberCode == member)
            return &o;
    }
    return nullptr;
}

} // namespace civicstat::test
