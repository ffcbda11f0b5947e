package io.ghlsync.sandbox.ghl;

import java.util.Arrays;
import java.util.List;

/**
 * The words seeded contacts are made of. Names come in script groups — accented Latin, Polish,
 * Greek, Cyrillic, CJK and plain ASCII — each with the ASCII spelling its email address uses, so a
 * sync meets the names real businesses have, not only "John Smith".
 */
final class SeedVocabulary {

    /** A name and the ASCII form of it used in email addresses. */
    record Name(String text, String ascii) {
    }

    /** First and last names of one script group. */
    record Script(String label, List<Name> firstNames, List<Name> lastNames) {
    }

    /** A phone style with the country and address that go with it. */
    record Region(String country, String timezone, String address1, String city, String state, String postalCode) {
    }

    static final List<Script> SCRIPTS = List.of(
            new Script("latin-accented",
                    names("José:jose", "Zoë:zoe", "François:francois", "Søren:soren", "Siobhán:siobhan", "Jürgen:jurgen",
                            "Chloé:chloe", "Ana-Lucía:ana-lucia", "Björn:bjorn", "Inês:ines"),
                    names("García:garcia", "Müller:muller", "O'Brien:obrien", "Nguyễn:nguyen", "Dubois:dubois",
                            "Fernández:fernandez", "Ångström:angstrom")),
            new Script("polish",
                    names("Łukasz:lukasz", "Małgorzata:malgorzata", "Wojciech:wojciech", "Zofia:zofia", "Paweł:pawel",
                            "Agnieszka:agnieszka"),
                    names("Wiśniewski:wisniewski", "Nowak:nowak", "Kowalczyk:kowalczyk", "Wójcik:wojcik",
                            "Zieliński:zielinski", "Dąbrowska:dabrowska")),
            new Script("greek",
                    names("Γιώργος:giorgos", "Ελένη:eleni", "Νίκος:nikos", "Μαρία:maria"),
                    names("Παπαδόπουλος:papadopoulos", "Οικονόμου:oikonomou", "Γεωργίου:georgiou")),
            new Script("cyrillic",
                    names("Дмитрий:dmitry", "Анна:anna", "Олена:olena", "Сергей:sergey"),
                    names("Иванов:ivanov", "Шевченко:shevchenko", "Петрова:petrova")),
            new Script("cjk",
                    names("美咲:misaki", "翔太:shota", "伟:wei", "芳:fang", "민준:minjun"),
                    names("佐藤:sato", "鈴木:suzuki", "王:wang", "李:li", "김:kim")),
            new Script("ascii",
                    names("Emily:emily", "Michael:michael", "Sarah:sarah", "David:david", "Ngozi:ngozi", "Aroha:aroha",
                            "Priya:priya", "Mehmet:mehmet"),
                    names("Smith:smith", "Johnson:johnson", "Williams:williams", "Okafor:okafor", "Patel:patel",
                            "Taylor:taylor")));

    static final Region US = new Region("US", "America/Chicago", "742 Evergreen Terrace", "Springfield", "IL", "62704");
    static final Region DE = new Region("DE", "Europe/Berlin", "Hauptstraße 12", "Berlin", "BE", "10115");
    static final Region GB = new Region("GB", "Europe/London", "221B Baker Street", "London", "ENG", "NW1 6XE");
    static final Region PL = new Region("PL", "Europe/Warsaw", "ul. Marszałkowska 10", "Warszawa", "MZ", "00-026");

    static final List<String> DOMAINS = List.of("example.com", "example.org", "mail.example.net");
    static final List<String> SOURCES = List.of("website form", "facebook lead ad", "walk-in", "referral", "pushpress",
            "public api", "instagram");
    static final List<String> TAGS = List.of("lead", "member", "trial", "vip", "newsletter", "churn-risk", "referral",
            "pushpress", "yoga", "hiit", "personal training");
    static final List<String> COMPANIES = List.of("Acme Fitness", "Müller & Söhne GmbH", "Łódź Sports Club",
            "北京健身俱乐部", "Evergreen Physio");
    static final List<String> FAVORITE_CLASSES = List.of("Morning HIIT", "Yoga Flow", "Spin 45", "Boxing Basics",
            "Pilates Core");
    static final List<String> GOALS = List.of("Lose 5 kg before summer.\nRun a half marathon in October.",
            "Get back into training after knee surgery — go easy on squats.",
            "Build strength: deadlift 100 kg.\nSleep better.", "Przygotowanie do maratonu w Warszawie.");
    static final List<String> TASK_TITLES = List.of("Call back about membership", "Send welcome pack",
            "Book intro session", "Follow up on trial", "Collect signed waiver", "Renewal reminder");
    static final List<String> NOTE_BODIES = List.of("Prefers evening classes.", "Speaks Polish and English — "
            + "send the Polish welcome pack.", "Interested in personal training; budget ~€50/session.",
            "Asked about family membership for 2 adults + 1 child.", "患者は膝の手術から回復中。");
    static final List<String> NOTE_COLORS = List.of("#FFAA00", "#4CAF50", "#2196F3");
    static final List<String> APPOINTMENT_TITLES = List.of("Intro session", "Personal training", "Membership review");

    private SeedVocabulary() {
    }

    private static List<Name> names(String... pairs) {
        return Arrays.stream(pairs).map(pair -> {
            int colon = pair.lastIndexOf(':');
            return new Name(pair.substring(0, colon), pair.substring(colon + 1));
        }).toList();
    }
}
