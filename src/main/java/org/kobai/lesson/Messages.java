package org.kobai.lesson;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Text for one locale from one resource bundle (UTF-8 .properties). A missing key shows as
 * {@code ⟨key⟩} instead of failing, and a test checks no key is missing in either language.
 */
public final class Messages {
    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(String baseName, Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(baseName, locale, Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() { return locale; }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "⟨" + key + "⟩";
        }
    }

    /** {@link MessageFormat} with the bundle's locale; numbers come in already formatted as text. */
    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    public ResourceBundle bundle() { return bundle; }
}
