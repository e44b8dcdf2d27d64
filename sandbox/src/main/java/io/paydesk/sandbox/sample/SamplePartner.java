package io.paydesk.sandbox.sample;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/** A made-up partner bank for the sample data, with the people, cards and shops of its country. */
record SamplePartner(
        int organizationId,
        String name,
        String country,
        ZoneId zone,
        Locale language,
        String currency,
        long minPurchaseMinor,
        long maxPurchaseMinor,
        List<String[]> binsAndSchemes,
        List<String> firstNames,
        List<String> lastNames,
        List<String[]> merchantsAndMccs,
        String[] partnerClerk) {

    static List<SamplePartner> all() {
        return List.of(
                new SamplePartner(1, "Turon Card Bank", "UZ", ZoneId.of("Asia/Tashkent"), Locale.of("uz"), "UZS",
                        15_000_00L, 2_500_000_00L,
                        List.of(new String[] {"860031", "UzCard"}, new String[] {"986012", "Humo"},
                                new String[] {"418372", "Visa"}),
                        List.of("Dilshod", "Madina", "Jasur", "Gulnora", "Sardor", "Malika", "Bekzod", "Shahlo"),
                        List.of("Tursunov", "Karimova", "Rakhimov", "Saidova", "Ergashev", "Yuldasheva", "Nazarov"),
                        List.of(new String[] {"Chilonzor Oziq-ovqat", "5411"}, new String[] {"Silk Road Air", "4511"},
                                new String[] {"Toshkent Taksi", "4121"}, new String[] {"Samarqand Texno", "5732"},
                                new String[] {"Plov Markazi", "5812"}, new String[] {"ATM Turon Yunusobod", "6011"}),
                        new String[] {"nodira", "Nodira Yusupova"}),
                new SamplePartner(2, "Dnipro Payments", "UA", ZoneId.of("Europe/Kyiv"), Locale.of("uk"), "UAH",
                        50_00L, 8_000_00L,
                        List.of(new String[] {"414960", "Visa"}, new String[] {"535210", "Mastercard"}),
                        List.of("Oksana", "Andrii", "Olena", "Dmytro", "Iryna", "Taras", "Nataliia", "Bohdan"),
                        List.of("Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk"),
                        List.of(new String[] {"Kyivskyi Rynok", "5411"}, new String[] {"Dnipro Elektronika", "5732"},
                                new String[] {"Lviv Kava", "5814"}, new String[] {"Ukr Rail Kvytky", "4112"},
                                new String[] {"Apteka Zdorovia", "5912"}, new String[] {"ATM Dnipro Khreshchatyk", "6011"}),
                        new String[] {"iryna", "Iryna Bondar"}),
                new SamplePartner(3, "Bank Wiślany", "PL", ZoneId.of("Europe/Warsaw"), Locale.of("pl"), "PLN",
                        10_00L, 1_500_00L,
                        List.of(new String[] {"427315", "Visa"}, new String[] {"520473", "Mastercard"}),
                        List.of("Katarzyna", "Piotr", "Agnieszka", "Tomasz", "Magdalena", "Krzysztof", "Anna"),
                        List.of("Nowak", "Kowalski", "Wiśniewska", "Wójcik", "Kamińska", "Lewandowski", "Zielińska"),
                        List.of(new String[] {"Sklep Osiedlowy Mokotów", "5411"}, new String[] {"Kolej Mazowiecka", "4112"},
                                new String[] {"Elektro Świat", "5732"}, new String[] {"Pierogarnia u Basi", "5812"},
                                new String[] {"Stacja Paliw Wisła", "5541"}, new String[] {"Bankomat Wiślany Centrum", "6011"}),
                        new String[] {"katarzyna", "Katarzyna Zielińska"}),
                new SamplePartner(4, "Steppe Pay", "KZ", ZoneId.of("Asia/Almaty"), Locale.of("ru"), "KZT",
                        500_00L, 150_000_00L,
                        List.of(new String[] {"440563", "Visa"}, new String[] {"548601", "Mastercard"},
                                new String[] {"625902", "UnionPay"}),
                        List.of("Aigerim", "Yerlan", "Dana", "Nurlan", "Saule", "Askar", "Madina", "Timur"),
                        List.of("Abenov", "Sadykova", "Zhaksybekov", "Nurpeisova", "Omarov", "Bekova"),
                        List.of(new String[] {"Almaty Bazaar", "5411"}, new String[] {"Steppe Air", "4511"},
                                new String[] {"Astana Tech", "5732"}, new String[] {"Dastarkhan Cafe", "5812"},
                                new String[] {"Qazaq Fuel", "5541"}, new String[] {"ATM Steppe Abay Ave", "6011"}),
                        new String[] {"yerlan", "Yerlan Abenov"}));
    }
}
