package io.fieldreport.sync.protocol;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import io.fieldreport.sync.clock.Stamp;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.lang.reflect.InvocationTargetException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * The one JSON codec of the wire protocol, shared by the laptop and mock-web. Decoding is strict:
 * no lenient JSON, no coercion between strings, numbers and booleans, no trailing data; every
 * record checks its own required fields. Unknown fields are ignored, so a newer web can add some.
 */
public final class WireCodec {

    private final Gson gson = new GsonBuilder()
            .setStrictness(Strictness.STRICT)
            .disableHtmlEscaping()
            .registerTypeAdapter(String.class, new StrictString().nullSafe())
            .registerTypeAdapter(Boolean.class, new StrictBoolean().nullSafe())
            .registerTypeAdapter(boolean.class, new StrictBoolean())
            .registerTypeAdapter(Long.class, new StrictLong().nullSafe())
            .registerTypeAdapter(long.class, new StrictLong())
            .registerTypeAdapter(Integer.class, new StrictInt().nullSafe())
            .registerTypeAdapter(int.class, new StrictInt())
            .registerTypeAdapter(UUID.class, new UuidAdapter().nullSafe())
            .registerTypeAdapter(Stamp.class, new StampAdapter().nullSafe())
            .registerTypeAdapter(LocalDate.class, new DateAdapter().nullSafe())
            .registerTypeAdapter(java.time.Instant.class, new InstantAdapter().nullSafe())
            .registerTypeAdapterFactory(new StrictEnums())
            .create();

    public String encode(Object record) {
        return gson.toJson(record);
    }

    public void encode(Object record, Appendable out) {
        gson.toJson(record, out);
    }

    public <T> T decode(String json, Class<T> type) throws WireFormatException {
        return decode(new StringReader(json), type);
    }

    public <T> T decode(Reader json, Class<T> type) throws WireFormatException {
        try {
            T value = gson.fromJson(json, type);
            if (value == null) {
                throw new WireFormatException("expected a " + type.getSimpleName() + " object, got nothing", null);
            }
            return value;
        } catch (JsonParseException | IllegalArgumentException | IllegalStateException e) {
            throw new WireFormatException(describe(type, e), e);
        } catch (RuntimeException e) {
            // Gson wraps exceptions thrown by a record's constructor; the record's own check says more.
            Throwable cause = rootCause(e);
            if (cause instanceof IllegalArgumentException || cause instanceof NullPointerException) {
                throw new WireFormatException("invalid " + type.getSimpleName() + ": " + cause.getMessage(), e);
            }
            throw e;
        }
    }

    private static String describe(Class<?> type, RuntimeException e) {
        Throwable cause = rootCause(e);
        String detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.io.EOFException eof) {
                detail = "the JSON ends too early (" + eof.getMessage() + ")";
            }
        }
        return "invalid " + type.getSimpleName() + ": " + detail;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (true) {
            Throwable next = t instanceof InvocationTargetException ite ? ite.getTargetException() : t.getCause();
            // Keep Gson's own message (it names the JSON path) unless the cause is a record's check.
            if (next == null || next == t
                    || (t instanceof JsonParseException && !(next instanceof IllegalArgumentException))) {
                return t;
            }
            t = next;
        }
    }

    private static JsonParseException wrongType(JsonReader in, String expected, JsonToken actual) {
        return new JsonParseException("expected " + expected + " but found " + describe(actual)
                + " at " + in.getPreviousPath());
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "true/false";
            case BEGIN_OBJECT -> "an object";
            case BEGIN_ARRAY -> "an array";
            case NULL -> "null";
            default -> token.name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static final class StrictString extends TypeAdapter<String> {
        @Override
        public void write(JsonWriter out, String value) throws IOException {
            out.value(value);
        }

        @Override
        public String read(JsonReader in) throws IOException {
            JsonToken t = in.peek();
            if (t != JsonToken.STRING) {
                in.skipValue();
                throw wrongType(in, "a string", t);
            }
            return in.nextString();
        }
    }

    private static final class StrictBoolean extends TypeAdapter<Boolean> {
        @Override
        public void write(JsonWriter out, Boolean value) throws IOException {
            out.value(value);
        }

        @Override
        public Boolean read(JsonReader in) throws IOException {
            JsonToken t = in.peek();
            if (t != JsonToken.BOOLEAN) {
                in.skipValue();
                throw wrongType(in, "true or false", t);
            }
            return in.nextBoolean();
        }
    }

    private static final class StrictLong extends TypeAdapter<Long> {
        @Override
        public void write(JsonWriter out, Long value) throws IOException {
            out.value(value);
        }

        @Override
        public Long read(JsonReader in) throws IOException {
            JsonToken t = in.peek();
            if (t != JsonToken.NUMBER) {
                in.skipValue();
                throw wrongType(in, "a whole number", t);
            }
            String text = in.nextString();
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw new JsonParseException("expected a whole number but found " + text + " at " + in.getPreviousPath());
            }
        }
    }

    private static final class StrictInt extends TypeAdapter<Integer> {
        private final StrictLong longs = new StrictLong();

        @Override
        public void write(JsonWriter out, Integer value) throws IOException {
            out.value(value);
        }

        @Override
        public Integer read(JsonReader in) throws IOException {
            long v = longs.read(in);
            if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
                throw new JsonParseException("number " + v + " out of range at " + in.getPreviousPath());
            }
            return (int) v;
        }
    }

    private static final class UuidAdapter extends TypeAdapter<UUID> {
        private static final java.util.regex.Pattern CANONICAL = java.util.regex.Pattern.compile(
                "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

        @Override
        public void write(JsonWriter out, UUID value) throws IOException {
            out.value(value.toString());
        }

        @Override
        public UUID read(JsonReader in) throws IOException {
            String text = new StrictString().read(in);
            if (!CANONICAL.matcher(text).matches()) {
                throw new JsonParseException("invalid id '" + text + "' at " + in.getPreviousPath()
                        + ": expected a UUID such as 0f8fad5b-d9cb-469f-a165-70867728950e");
            }
            return UUID.fromString(text);
        }
    }

    private static final class StampAdapter extends TypeAdapter<Stamp> {
        @Override
        public void write(JsonWriter out, Stamp value) throws IOException {
            out.value(value.toString());
        }

        @Override
        public Stamp read(JsonReader in) throws IOException {
            String text = new StrictString().read(in);
            try {
                return Stamp.parse(text);
            } catch (IllegalArgumentException e) {
                throw new JsonParseException(e.getMessage() + " at " + in.getPreviousPath());
            }
        }
    }

    /** Gson's own enum adapter reads an unknown name as null, which would turn "awful" into "unrated". */
    private static final class StrictEnums implements com.google.gson.TypeAdapterFactory {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public <T> TypeAdapter<T> create(Gson gson, com.google.gson.reflect.TypeToken<T> type) {
            Class<? super T> raw = type.getRawType();
            if (!Enum.class.isAssignableFrom(raw) || raw == Enum.class) {
                return null;
            }
            Class<? extends Enum> enumType = raw.isEnum() ? (Class<? extends Enum>) raw
                    : (Class<? extends Enum>) raw.getSuperclass();
            return (TypeAdapter<T>) new EnumAdapter(enumType).nullSafe();
        }
    }

    private static final class EnumAdapter<E extends Enum<E>> extends TypeAdapter<E> {
        private final java.util.Map<String, E> byName = new java.util.LinkedHashMap<>();
        private final java.util.Map<E, String> names = new java.util.HashMap<>();

        EnumAdapter(Class<E> type) {
            for (E constant : type.getEnumConstants()) {
                String name = constant.name();
                try {
                    var annotation = type.getField(name)
                            .getAnnotation(com.google.gson.annotations.SerializedName.class);
                    if (annotation != null) {
                        name = annotation.value();
                    }
                } catch (NoSuchFieldException e) {
                    throw new IllegalStateException(e);
                }
                byName.put(name, constant);
                names.put(constant, name);
            }
        }

        @Override
        public void write(JsonWriter out, E value) throws IOException {
            out.value(names.get(value));
        }

        @Override
        public E read(JsonReader in) throws IOException {
            String text = new StrictString().read(in);
            E value = byName.get(text);
            if (value == null) {
                throw new JsonParseException("unknown value '" + text + "' at " + in.getPreviousPath()
                        + ": expected one of " + String.join(", ", byName.keySet()));
            }
            return value;
        }
    }

    /** ISO-8601 instants, for status output; the wire protocol itself sends epoch milliseconds. */
    private static final class InstantAdapter extends TypeAdapter<java.time.Instant> {
        @Override
        public void write(JsonWriter out, java.time.Instant value) throws IOException {
            out.value(value.toString());
        }

        @Override
        public java.time.Instant read(JsonReader in) throws IOException {
            String text = new StrictString().read(in);
            try {
                return java.time.Instant.parse(text);
            } catch (DateTimeParseException e) {
                throw new JsonParseException("invalid instant '" + text + "' at " + in.getPreviousPath());
            }
        }
    }

    private static final class DateAdapter extends TypeAdapter<LocalDate> {
        @Override
        public void write(JsonWriter out, LocalDate value) throws IOException {
            out.value(value.toString());
        }

        @Override
        public LocalDate read(JsonReader in) throws IOException {
            String text = new StrictString().read(in);
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new JsonParseException("invalid date '" + text + "' at " + in.getPreviousPath()
                        + ": expected YYYY-MM-DD");
            }
        }
    }
}
