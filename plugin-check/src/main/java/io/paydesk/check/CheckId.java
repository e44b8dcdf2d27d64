package io.paydesk.check;

/** What kind of rule a {@link Problem} breaks; the code is what the report prints. */
public enum CheckId {
    JAR("jar"),
    DESCRIPTOR("descriptor"),
    MANIFEST("manifest"),
    SPRING_CONTEXT("spring-context"),
    MODULE_TYPE("module-type"),
    MODULE_CLASS("module-class"),
    SERVLET_FILTER("servlet-filter"),
    AO_MODULE("ao-module"),
    RESOURCE("resource"),
    I18N_ENCODING("i18n-encoding"),
    I18N_MISSING_KEY("i18n-missing-key"),
    I18N_KEY_SET("i18n-key-set"),
    I18N_BLANK_VALUE("i18n-blank-value"),
    I18N_UNTRANSLATED("i18n-untranslated"),
    SCANNER_INDEX("scanner-index"),
    CLASS_FILE("class-file"),
    IMPORT_PACKAGE("import-package"),
    EMBEDDED_HOST_CLASS("embedded-host-class"),
    VELOCITY_ALLOWLIST("velocity-allowlist"),
    VELOCITY_TEMPLATE("velocity-template");

    private final String code;

    CheckId(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
