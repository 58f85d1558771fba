package org.hardshipbinder.transfer;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.hardshipbinder.vault.CaseRowSink;

/**
 * The rows of a case as a byte stream: 'T' a table (name, columns), 'R' a row (typed values), 'E' the end. Values:
 * null, 64-bit integer, double, UTF-8 text, bytes.
 */
final class RowCodec {

    private static final int TABLE = 'T';
    private static final int ROW = 'R';
    private static final int END = 'E';
    private static final int MAX_VALUE_BYTES = 64 << 20;

    private RowCodec() {
    }

    /** A sink that writes what it receives; {@link Encoder#end} marks the end. */
    static final class Encoder implements CaseRowSink {
        private final DataOutputStream out;
        private long rows;

        Encoder(OutputStream target) {
            this.out = new DataOutputStream(target);
        }

        @Override
        public void table(String name, List<String> columns) throws IOException {
            out.writeByte(TABLE);
            out.writeUTF(name);
            out.writeShort(columns.size());
            for (String column : columns) {
                out.writeUTF(column);
            }
        }

        @Override
        public void row(Object[] values) throws IOException {
            out.writeByte(ROW);
            for (Object v : values) {
                writeValue(v);
            }
            rows++;
        }

        long rows() {
            return rows;
        }

        void end() throws IOException {
            out.writeByte(END);
            out.flush();
        }

        private void writeValue(Object v) throws IOException {
            if (v == null) {
                out.writeByte(0);
            } else if (v instanceof Long l) {
                out.writeByte(1);
                out.writeLong(l);
            } else if (v instanceof Double d) {
                out.writeByte(2);
                out.writeDouble(d);
            } else if (v instanceof String s) {
                byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
                out.writeByte(3);
                out.writeInt(utf8.length);
                out.write(utf8);
            } else if (v instanceof byte[] b) {
                out.writeByte(4);
                out.writeInt(b.length);
                out.write(b);
            } else {
                throw new IllegalArgumentException("a value of type " + v.getClass().getSimpleName());
            }
        }
    }

    /** Reads the stream into {@code sink} up to its end mark; anything malformed is a changed file. */
    static void decode(InputStream source, CaseRowSink sink) throws IOException {
        DataInputStream in = new DataInputStream(source);
        int width = -1;
        try {
            while (true) {
                int tag = in.readUnsignedByte();
                if (tag == END) {
                    return;
                } else if (tag == TABLE) {
                    String name = in.readUTF();
                    width = in.readUnsignedShort();
                    List<String> columns = new ArrayList<>(width);
                    for (int i = 0; i < width; i++) {
                        columns.add(in.readUTF());
                    }
                    sink.table(name, columns);
                } else if (tag == ROW && width >= 0) {
                    Object[] values = new Object[width];
                    for (int i = 0; i < width; i++) {
                        values[i] = readValue(in);
                    }
                    sink.row(values);
                } else {
                    throw new CaseFileProblem(CaseFileProblem.Kind.TAMPERED, "unexpected record " + tag);
                }
            }
        } catch (EOFException e) {
            throw new CaseFileProblem(CaseFileProblem.Kind.TRUNCATED, "rows end before their end mark");
        }
    }

    private static Object readValue(DataInputStream in) throws IOException {
        int type = in.readUnsignedByte();
        return switch (type) {
            case 0 -> null;
            case 1 -> in.readLong();
            case 2 -> in.readDouble();
            case 3 -> new String(bytes(in), StandardCharsets.UTF_8);
            case 4 -> bytes(in);
            default -> throw new CaseFileProblem(CaseFileProblem.Kind.TAMPERED, "value type " + type);
        };
    }

    private static byte[] bytes(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_VALUE_BYTES) {
            throw new CaseFileProblem(CaseFileProblem.Kind.TAMPERED, "value length " + length);
        }
        byte[] b = new byte[length];
        in.readFully(b);
        return b;
    }
}
