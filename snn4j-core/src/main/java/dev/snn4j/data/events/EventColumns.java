/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.events;

import java.util.List;

/**
 * Turns NumPy columns (fields of one structured array, or four separate arrays) into
 * {@link Events}, checking each value and naming the byte where a bad one sits.
 */
final class EventColumns {

    private EventColumns() {}

    /** From a structured array with fields t, x, y, p (under any of their accepted names). */
    static Events structured(NpyArray a, SensorSize sensor) {
        NpyArray.Field t = field(a, NumpyEventReader.T_NAMES, "t");
        NpyArray.Field x = field(a, NumpyEventReader.X_NAMES, "x");
        NpyArray.Field y = field(a, NumpyEventReader.Y_NAMES, "y");
        NpyArray.Field p = field(a, NumpyEventReader.P_NAMES, "p");
        return build(new Column(a, t), new Column(a, x), new Column(a, y), new Column(a, p), a.count, sensor);
    }

    /** From four plain arrays of one length. */
    static Events separate(NpyArray t, NpyArray x, NpyArray y, NpyArray p, SensorSize sensor, String file) {
        for (NpyArray a : List.of(t, x, y, p)) {
            if (a.structured) {
                throw Corrupt.at(a.name, 0, "a plain integer array", "a structured array");
            }
            if (a.count != t.count) {
                throw Corrupt.at(a.name, a.dataStart, t.count + " elements like " + t.name, a.count + " elements");
            }
        }
        return build(new Column(t, t.plain()), new Column(x, x.plain()), new Column(y, y.plain()),
                new Column(p, p.plain()), t.count, sensor);
    }

    private static NpyArray.Field field(NpyArray a, List<String> names, String what) {
        for (String n : names) {
            NpyArray.Field f = a.fields.get(n);
            if (f != null) {
                if (!f.type().integral()) {
                    throw Corrupt.at(a.name, 0, "an integer or bool field '" + n + "'", f.type().toString());
                }
                return f;
            }
        }
        throw Corrupt.at(a.name, 0, "a field " + String.join(" or ", names) + " for " + what, "fields " + a.fields.keySet());
    }

    /** One column: the array it lives in and its field. */
    private record Column(NpyArray array, NpyArray.Field field) {
        NpyType type() {
            return field.type();
        }

        long raw(int i) {
            return type().read(array.data, array.offset(field, i));
        }

        int offset(int i) {
            return array.offset(field, i);
        }

        String name() {
            return array.name;
        }
    }

    private static Events build(Column t, Column x, Column y, Column p, int n, SensorSize given) {
        if (t.type().kind() == 'b' || x.type().kind() == 'b' || y.type().kind() == 'b') {
            throw Corrupt.at(t.name(), 0, "integer t, x and y", "bool");
        }
        int maxX = 0;
        int maxY = 0;
        int limitX = given == null ? Short.MAX_VALUE : given.width();
        int limitY = given == null ? Short.MAX_VALUE : given.height();
        EventArrays out = new EventArrays(n);
        for (int i = 0; i < n; i++) {
            long time = t.raw(i);
            if (t.type().overflows(time)) {
                throw Corrupt.at(t.name(), t.offset(i), "a timestamp below 2^63", Long.toUnsignedString(time));
            }
            long xv = x.raw(i);
            long yv = y.raw(i);
            if (xv < 0 || xv >= limitX || yv < 0 || yv >= limitY || x.type().overflows(xv) || y.type().overflows(yv)) {
                String where = given == null ? "coordinates in 0.." + (Short.MAX_VALUE - 1) : "a pixel of the " + given + " sensor";
                throw Corrupt.at(x.name(), x.offset(i), where, "(" + xv + ", " + yv + ") at event " + i);
            }
            long pv = p.raw(i);
            int polarity;
            if (pv == 1) {
                polarity = 1;
            } else if (pv == 0 || (pv == -1 && p.type().kind() == 'i')) {
                polarity = 0;
            } else {
                throw Corrupt.at(p.name(), p.offset(i), "polarity 0/1 or -1/1", Long.toUnsignedString(pv));
            }
            maxX = Math.max(maxX, (int) xv);
            maxY = Math.max(maxY, (int) yv);
            out.add(time, (int) xv, (int) yv, polarity);
        }
        SensorSize sensor = given != null ? given : new SensorSize(maxX + 1, maxY + 1);
        return out.build(sensor);
    }
}
