#include "builderscreenshots.h"

#include "importwizard.h"
#include "nycbuilderchoices.h"

#include <QEventLoop>
#include <QScrollArea>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

namespace civicstat::test {

namespace {

void settle(int ms = 300)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

void save(QWidget &widget, const QString &path)
{
    settle();
    widget.grab().save(path);
    QTextStream(stdout) << path << '\n';
}

} // namespace

void shootMappingBuilder(const QString &nycFile, const QDir &out)
{
    const TabularFile file = readTabularFile(nycFile);
    MappingBuilderDialog builder(file.sheets.empty() ? Sheet{} : file.sheets.front(), QString());
    builder.resize(1280, 800);
    builder.show();
    fillNycFields(builder);
    QComboBox *direction = builder.fieldChooser(QStringLiteral("direction"));
    direction->setCurrentIndex(direction->findText(QStringLiteral("decide per measure")));
    // Half decided, as a user midway would see it, and the refusal of Save.
    chooseNycDirections(builder);
    const QStringList measures = builder.measureDirections()->measures();
    for (qsizetype i = 5; i < measures.size(); ++i)
        builder.measureDirections()->chooser(measures.at(i))->setCurrentIndex(0);
    const QTemporaryDir work; // the mapping and the database of the check are not screenshots
    const QString mapping = work.filePath(QStringLiteral("nyc.mapping.json"));
    builder.saveTo(mapping);
    if (auto *scroll = builder.findChild<QScrollArea *>()) {
        settle();
        scroll->ensureWidgetVisible(direction, 0, 40);
    }
    save(builder, out.filePath(QStringLiteral("import-build-mapping.png")));
    chooseNycDirections(builder);
    if (!builder.saveTo(mapping)) {
        QTextStream(stderr) << builder.problemText() << '\n';
        return;
    }
    ImportWizard wizard(work.filePath(QStringLiteral("nyc.db")));
    wizard.resize(1280, 800);
    wizard.show();
    wizard.setFile(nycFile);
    wizard.setMappingFile(mapping);
    QEventLoop planned;
    QObject::connect(&wizard, &ImportWizard::planReady, &planned, &QEventLoop::quit);
    wizard.next();
    planned.exec();
    save(wizard, out.filePath(QStringLiteral("import-build-check.png")));
}

} // namespace civicstat::test
