// What tst_translations needs around lupdate and lrelease: the messages of a
// .ts file, a pseudo translation of them ("[" + source + "]") and a translator
// that answers from it and records every lookup the catalogue cannot answer.
#pragma once

#include <QDir>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>
#include <utility>
#include <vector>

namespace catalogue {

struct Message {
    QString context;
    QString source;
    QString disambiguation; // lupdate writes it as the message's <comment>
    QString location; // "app/commandline.cpp:31", relative to the source tree
    bool numerus = false; // has plural forms (%n)
    bool obsolete = false; // vanished or obsolete: kept for translators, asked for by nothing
};

inline QString key(const QString &context, const QString &source, const QString &disambiguation)
{
    return context + QChar(0x1f) + source + QChar(0x1f) + disambiguation;
}
inline QString key(const Message &m)
{
    return key(m.context, m.source, m.disambiguation);
}

// The messages of the .ts file at `path`, their locations made relative to `sourceRoot`.
inline std::vector<Message> read(const QString &path, const QDir &sourceRoot, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    const QDir tsFolder = QFileInfo(path).absoluteDir();
    std::vector<Message> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            messages.push_back(
                { context, {}, {}, {}, xml.attributes().value("numerus") == QLatin1String("yes"), false });
        } else if (name == QLatin1String("location") && !messages.empty() && messages.back().location.isEmpty()) {
            const QString file
                = QDir::cleanPath(tsFolder.absoluteFilePath(xml.attributes().value("filename").toString()));
            messages.back().location
                = sourceRoot.relativeFilePath(file) + QLatin1Char(':') + xml.attributes().value("line").toString();
        } else if (name == QLatin1String("source") && !messages.empty()) {
            messages.back().source = xml.readElementText();
        } else if (name == QLatin1String("comment") && !messages.empty()) {
            messages.back().disambiguation = xml.readElementText();
        } else if (name == QLatin1String("translation") && !messages.empty()) {
            const auto type = xml.attributes().value("type");
            messages.back().obsolete = type == QLatin1String("vanished") || type == QLatin1String("obsolete");
        }
    }
    if (xml.hasError())
        *error
            = QStringLiteral("%1 is not a .ts file: %2 at line %3").arg(path, xml.errorString()).arg(xml.lineNumber());
    return messages;
}

// A .ts file in English that translates every message to "[" + source + "]",
// with both plural forms, for lrelease.
inline bool writePseudo(const std::vector<Message> &messages, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QXmlStreamWriter xml(&file);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDTD(QStringLiteral("<!DOCTYPE TS>"));
    xml.writeStartElement(QStringLiteral("TS"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("2.1"));
    xml.writeAttribute(QStringLiteral("language"), QStringLiteral("en"));
    QString context;
    bool inContext = false;
    for (const Message &m : messages) {
        if (m.obsolete)
            continue;
        if (!inContext || m.context != context) {
            if (inContext)
                xml.writeEndElement();
            xml.writeStartElement(QStringLiteral("context"));
            xml.writeTextElement(QStringLiteral("name"), m.context);
            context = m.context;
            inContext = true;
        }
        xml.writeStartElement(QStringLiteral("message"));
        if (m.numerus)
            xml.writeAttribute(QStringLiteral("numerus"), QStringLiteral("yes"));
        xml.writeTextElement(QStringLiteral("source"), m.source);
        if (!m.disambiguation.isEmpty())
            xml.writeTextElement(QStringLiteral("comment"), m.disambiguation);
        const QString pseudo = QLatin1Char('[') + m.source + QLatin1Char(']');
        if (m.numerus) {
            xml.writeStartElement(QStringLiteral("translation"));
            xml.writeTextElement(QStringLiteral("numerusform"), pseudo);
            xml.writeTextElement(QStringLiteral("numerusform"), pseudo);
            xml.writeEndElement();
        } else {
            xml.writeTextElement(QStringLiteral("translation"), pseudo);
        }
        xml.writeEndElement();
    }
    if (inContext)
        xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return !xml.hasError();
}

// Answers from a compiled catalogue and remembers each of CivicStat's lookups
// it had no answer for: a string the code asks for under a context (or with a
// text) the catalogue does not have. Qt's own contexts (QPlatformTheme,
// QShortcut, ...) are Qt's catalogue's business, not ours, and pass through.
class RecordingTranslator final : public QTranslator {
public:
    bool loadCompiled(const QString &qmPath) { return m_compiled.load(qmPath); }

    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        if (!context || !sourceText || !*sourceText || isQtOwn(context))
            return {};
        QString answer = m_compiled.translate(context, sourceText, disambiguation, n);
        if (answer.isEmpty()) {
            QMutexLocker lock(&m_mutex); // the loader thread asks too
            m_misses.insert(
                key(QString::fromUtf8(context), QString::fromUtf8(sourceText), QString::fromUtf8(disambiguation)));
        }
        return answer;
    }
    bool isEmpty() const override { return false; }

    static bool isQtOwn(const char *context) { return context[0] == 'Q' && context[1] >= 'A' && context[1] <= 'Z'; }

    QSet<QString> takeMisses()
    {
        QMutexLocker lock(&m_mutex);
        return std::exchange(m_misses, {});
    }

private:
    QTranslator m_compiled;
    mutable QMutex m_mutex;
    mutable QSet<QString> m_misses;
};

} // namespace catalogue
