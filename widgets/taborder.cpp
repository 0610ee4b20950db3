#include "taborder.h"

#include <QLayout>
#include <QScrollArea>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QWidget>

namespace civicstat {

namespace {

void collect(QWidget *widget, QList<QWidget *> &stops);

void collectLayout(QLayout *layout, QList<QWidget *> &stops)
{
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (QWidget *w = item->widget())
            collect(w, stops);
        else if (QLayout *inner = item->layout())
            collectLayout(inner, stops);
    }
}

void collect(QWidget *widget, QList<QWidget *> &stops)
{
    // A widget with a focus proxy (a QTabWidget's tab bar) is reached as that proxy.
    if ((widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy())
        stops << widget;
    if (auto *tabs = qobject_cast<QTabWidget *>(widget)) {
        if (!stops.contains(tabs->tabBar()))
            stops << tabs->tabBar();
        for (int i = 0; i < tabs->count(); ++i)
            collect(tabs->widget(i), stops);
        return;
    }
    if (auto *splitter = qobject_cast<QSplitter *>(widget)) {
        for (int i = 0; i < splitter->count(); ++i)
            collect(splitter->widget(i), stops);
        return;
    }
    if (auto *scroll = qobject_cast<QScrollArea *>(widget)) {
        if (scroll->widget())
            collect(scroll->widget(), stops);
        return;
    }
    if (widget->layout())
        collectLayout(widget->layout(), stops);
}

} // namespace

QList<QWidget *> tabStopsAsLaidOut(QWidget *root)
{
    QList<QWidget *> stops;
    collect(root, stops);
    return stops;
}

void orderTabStopsAsLaidOut(QWidget *root)
{
    const QList<QWidget *> stops = tabStopsAsLaidOut(root);
    for (qsizetype i = 1; i < stops.size(); ++i)
        QWidget::setTabOrder(stops.at(i - 1), stops.at(i));
}

} // namespace civicstat
