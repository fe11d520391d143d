package dev.cvmatch.testing;

import dev.cvmatch.testing.SampleCv.Certification;
import dev.cvmatch.testing.SampleCv.Education;
import dev.cvmatch.testing.SampleCv.Headings;
import dev.cvmatch.testing.SampleCv.Job;
import dev.cvmatch.testing.SampleCv.Person;
import java.time.YearMonth;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Catalogue of sample CVs of fictional people: three in French, three in English, six professions.
 *
 * <p>Everything is invented: people, employers and schools (fictional names such as "Fictivia Logiciels" or
 * "University of Westhaven"), e-mail addresses (reserved {@code example.com/.org/.net} domains), phone numbers (the
 * French 06&nbsp;39&nbsp;98 range and UK 07700&nbsp;900 range reserved for fiction, US 555-01xx) and profile URLs. Only
 * cities, real-world certifications and software names are real. Because the French and UK numbers lie in ranges
 * reserved for fiction, libphonenumber reports them as possible ({@code isPossibleNumber}) but not valid
 * ({@code isValidNumber}); a parser that must find them has to accept possible numbers.
 *
 * <p>The CVs deliberately vary the printed date styles ("Jan 2020 – Present", "01/2020 - 03/2022", "March 2019 to
 * Dec 2021", "2017–2019", "janv. 2020 – aujourd'hui", "depuis mars 2021", "sept. 2018 à juin 2020", "2019 - en
 * cours"), language levels ("courant", "langue maternelle", "notions", "bilingue", "C1", "TOEIC 850"...), degrees
 * (BTS, DUT, Licence, Master 2, Diplôme d'ingénieur, Doctorat, Bac+5, BSc, MSc, MBA, PhD), phone formats and name
 * orders ("Camille MARTIN", "LEFÈVRE Julien").
 */
public final class SampleCvs {

    /** Reference month used for the experience totals written to the committed {@code .facts.json} files. */
    public static final YearMonth FACTS_REFERENCE_DATE = YearMonth.of(2026, 11);

    private SampleCvs() {
    }

    /**
     * Returns all sample CVs, French ones first.
     *
     * @return the six CVs
     */
    public static List<SampleCv> all() {
        return List.of(camilleMartin(), leaMoreau(), julienLefevre(), hannahWhitfield(), danielOkafor(),
                priyaRaman());
    }

    /**
     * Returns the French CVs.
     *
     * @return the CVs whose language is {@code fr}
     */
    public static List<SampleCv> french() {
        return all().stream().filter(cv -> "fr".equals(cv.language())).toList();
    }

    /**
     * Returns the English CVs.
     *
     * @return the CVs whose language is {@code en}
     */
    public static List<SampleCv> english() {
        return all().stream().filter(cv -> "en".equals(cv.language())).toList();
    }

    /**
     * Finds a CV by {@link SampleCv#id()} (e.g. {@code lea-moreau}) or {@link SampleCv#fileBaseName()}.
     *
     * @param id the identifier
     * @return the CV
     * @throws NoSuchElementException if no CV has that identifier
     */
    public static SampleCv byId(String id) {
        return all().stream()
                .filter(cv -> cv.id().equals(id) || cv.fileBaseName().equals(id))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("no sample CV " + id));
    }

    /**
     * Camille Martin, senior Java developer in Lyon, PhD; French; dates like "janv. 2020 – aujourd'hui".
     *
     * @return the CV
     */
    public static SampleCv camilleMartin() {
        return SampleCv.builder()
                .language("fr")
                .person(new Person("Camille", "Martin", "Camille MARTIN",
                        "Développeuse Java senior · Spring Boot & microservices",
                        "camille.martin@example.com", "06 39 98 42 17", "+33639984217", "Lyon", "FR",
                        "https://www.linkedin.com/in/camille-martin-exemple",
                        "https://github.com/camille-martin-exemple"))
                .summary("Développeuse Java et docteure en informatique, j'ai plus de dix ans d'expérience dans la "
                        + "conception d'applications back-end à fort trafic. J'aime les architectures simples, les "
                        + "tests automatisés et le partage de connaissances au sein des équipes.")
                .job(new Job("Développeuse Java senior", "Fictivia Logiciels", "Lyon", "2020-01", null,
                        "janv. 2020 – aujourd'hui", List.of(
                        "Conception et développement de microservices Spring Boot (Java 17) pour la facturation "
                                + "de 2 millions de clients",
                        "Migration d'un monolithe Java 8 vers une architecture orientée événements avec Kafka",
                        "Mise en place de tests de contrat et d'une chaîne CI/CD GitLab : délai de livraison "
                                + "réduit de 40 %",
                        "Encadrement technique de quatre développeurs juniors")))
                .job(new Job("Formatrice vacataire – programmation Java", "IUT de Valmont", "Valmont", "2021-09",
                        "2023-06", "sept. 2021 – juin 2023", List.of(
                        "Cours et travaux pratiques de programmation orientée objet (60 h par an)")))
                .job(new Job("Développeuse Java", "Banque Imaginaire du Rhône", "Villeurbanne", "2016-10",
                        "2019-12", "oct. 2016 – déc. 2019", List.of(
                        "Développement d'API REST pour l'application mobile de la banque (Spring, Hibernate, "
                                + "Oracle)",
                        "Optimisation des traitements batch nocturnes : durée divisée par trois",
                        "Participation aux rituels Scrum et aux revues de code")))
                .job(new Job("Ingénieure de recherche (doctorante CIFRE)", "Atelier Numérique Belcourt", "Grenoble",
                        "2013-10", "2016-09", "oct. 2013 – sept. 2016", List.of(
                        "Thèse sur la tolérance aux pannes des systèmes distribués en Java",
                        "Prototype de cache réparti intégré au produit phare de l'entreprise")))
                .education(new Education("Université de Valmont", "Doctorat", "Informatique",
                        "Doctorat en informatique – systèmes distribués", "2013", "2016", "2013 – 2016"))
                .education(new Education("École Supérieure d'Ingénierie de Valmont", "Diplôme d'ingénieur",
                        "Informatique et réseaux", "Diplôme d'ingénieur en informatique et réseaux (Bac+5)", "2010",
                        "2013", "2010 – 2013"))
                .education(new Education("IUT de Valmont", "DUT", "Informatique", "DUT Informatique", "2008",
                        "2010", "2008 – 2010"))
                .spokenLanguage("Français", "fr", "langue maternelle")
                .spokenLanguage("Anglais", "en", "C1")
                .spokenLanguage("Espagnol", "es", "notions")
                .certification(new Certification("Oracle Certified Professional: Java SE 17 Developer", "Oracle",
                        "2023-05", "mai 2023"))
                .certification(new Certification("Certified Kubernetes Application Developer (CKAD)",
                        "The Linux Foundation", "2022-10", "oct. 2022"))
                .skills("Langages", "Java", "Kotlin", "SQL", "TypeScript")
                .skills("Frameworks", "Spring Boot", "Hibernate", "Quarkus", "JUnit 5")
                .skills("Outils", "Maven", "Git", "Docker", "Kubernetes", "Kafka", "PostgreSQL")
                .skills("Méthodes", "Scrum", "TDD", "DDD")
                .build();
    }

    /**
     * Léa Moreau, intensive-care nurse in Nantes; French; dates like "depuis mars 2021", "sept. 2018 à juin 2020".
     *
     * @return the CV
     */
    public static SampleCv leaMoreau() {
        return SampleCv.builder()
                .language("fr")
                .headings(new Headings("Profil", "Parcours professionnel", "Formation", "Compétences clés",
                        "Langues", "Formations complémentaires", "Coordonnées"))
                .person(new Person("Léa", "Moreau", "Léa Moreau", "Infirmière diplômée d'État – Soins intensifs",
                        "lea.moreau@example.org", "+33 6 39 98 05 61", "+33639980561", "Nantes", "FR",
                        "https://www.linkedin.com/in/lea-moreau-exemple", null))
                .summary("Infirmière diplômée d'État depuis 2014, expérimentée en réanimation et en soins intensifs "
                        + "de cardiologie. Rigoureuse, calme dans l'urgence et attachée à la qualité de la relation "
                        + "avec les patients et leurs familles.")
                .job(new Job("Infirmière en soins intensifs de cardiologie", "Clinique des Cèdres Imaginaires",
                        "Nantes", "2021-03", null, "depuis mars 2021", List.of(
                        "Prise en charge de huit patients en USIC : surveillance hémodynamique, ECG, voies "
                                + "veineuses centrales",
                        "Tutrice des étudiants infirmiers de troisième année",
                        "Référente hygiène du service")))
                .job(new Job("Infirmière (intérim)", "Agence Soins Plus Exemple", "Loire-Atlantique", "2020-07",
                        "2021-02", "juil. 2020 à févr. 2021", List.of(
                        "Missions de courte durée en médecine, chirurgie et EHPAD")))
                .job(new Job("Infirmière en réanimation polyvalente", "Centre Hospitalier Fictif de Saint-Aubin",
                        "Saint-Aubin", "2018-09", "2020-06", "sept. 2018 à juin 2020", List.of(
                        "Soins aux patients ventilés, gestion des pousse-seringues et des prélèvements",
                        "Accueil des patients lors du premier pic épidémique de 2020")))
                .job(new Job("Infirmière en médecine interne", "Hôpital Privé du Val Fictif", "Angers", "2014-09",
                        "2018-08", "sept. 2014 à août 2018", List.of(
                        "Soins techniques et relationnels dans un service de 30 lits",
                        "Éducation thérapeutique des patients diabétiques")))
                .education(new Education("Université de Valmont", "DU", "Plaies et cicatrisation",
                        "Diplôme universitaire (DU) Plaies et cicatrisation", null, "2019", "2019"))
                .education(new Education("Institut de Formation en Soins Infirmiers de Valmont",
                        "Diplôme d'État d'infirmier", "Soins infirmiers",
                        "Diplôme d'État d'Infirmier (grade Licence)", "2011", "2014", "2011 – 2014"))
                .spokenLanguage("Français", "fr", "langue maternelle")
                .spokenLanguage("Anglais", "en", "courant")
                .spokenLanguage("Espagnol", "es", "intermédiaire (B1)")
                .spokenLanguage("Langue des signes française", "fsl", "notions")
                .certification(new Certification("AFGSU niveau 2 (gestes et soins d'urgence)",
                        "CESU de Valmont", "2023-01", "janv. 2023"))
                .certification(new Certification("Formation au tutorat des étudiants infirmiers",
                        "IFSI de Valmont", "2022", "2022"))
                .skills("Soins techniques", "Surveillance hémodynamique", "Pose de voies veineuses",
                        "Gestion de la douleur", "Prélèvements sanguins")
                .skills("Outils", "Dossier patient informatisé", "Pompes et pousse-seringues",
                        "Scope multiparamétrique")
                .skills("Savoir-être", "Travail en équipe", "Gestion du stress", "Empathie")
                .build();
    }

    /**
     * Julien Lefèvre, accountant in Bordeaux, name printed family-name first; French; dates like "2019 - en cours".
     *
     * @return the CV
     */
    public static SampleCv julienLefevre() {
        return SampleCv.builder()
                .language("fr")
                .headings(new Headings("Profil", "Expérience professionnelle", "Diplômes", "Compétences",
                        "Langues", "Certifications", "Contact"))
                .person(new Person("Julien", "Lefèvre", "LEFÈVRE Julien",
                        "Comptable confirmé – Comptabilité générale et fiscalité",
                        "julien.lefevre@example.net", "+33 (0)6 39 98 77 30", "+33639987730", "Bordeaux", "FR",
                        "https://www.linkedin.com/in/julien-lefevre-exemple", null))
                .summary("Comptable confirmé : près de quatorze ans en cabinet d'expertise comptable puis en "
                        + "entreprise, alternance comprise. Maîtrise de la tenue comptable jusqu'au bilan, des "
                        + "déclarations fiscales et de la consolidation. Titulaire d'un Master 2 CCA.")
                .job(new Job("Comptable général", "Vignobles Fictifs & Associés", "Bordeaux", "2019", null,
                        "2019 - en cours", List.of(
                        "Tenue de la comptabilité générale et analytique de trois sociétés du groupe",
                        "Préparation des liasses fiscales et des déclarations de TVA",
                        "Clôtures mensuelles à J+5 et reporting auprès de la direction financière")))
                .job(new Job("Collaborateur comptable", "Cabinet Exemple Audit & Conseil", "Mérignac", "2015",
                        "2018", "2015 - 2018", List.of(
                        "Gestion d'un portefeuille de 45 dossiers clients (TPE, artisans, professions libérales)",
                        "Établissement des bilans et des comptes de résultat",
                        "Conseil aux clients sur le choix du régime fiscal")))
                .job(new Job("Assistant comptable (alternance)", "Cabinet Exemple Audit & Conseil", "Mérignac",
                        "2013", "2015", "2013 - 2015", List.of(
                        "Saisie des pièces comptables et rapprochements bancaires",
                        "Préparation des déclarations de TVA mensuelles")))
                .education(new Education("IAE de Valmont", "Master 2", "Comptabilité, Contrôle, Audit",
                        "Master 2 Comptabilité, Contrôle, Audit (CCA) – Bac+5", "2013", "2015", "2013 - 2015"))
                .education(new Education("Université de Valmont", "Licence professionnelle",
                        "Métiers de la comptabilité", "Licence professionnelle Métiers de la comptabilité", "2012",
                        "2013", "2012 - 2013"))
                .education(new Education("Lycée Jean-Exemple, Valmont", "BTS", "Comptabilité et gestion",
                        "BTS Comptabilité et Gestion (CG)", "2010", "2012", "2010 - 2012"))
                .spokenLanguage("Français", "fr", "langue maternelle")
                .spokenLanguage("Espagnol", "es", "bilingue")
                .spokenLanguage("Anglais", "en", "TOEIC 850")
                .certification(new Certification("TOSA Excel – niveau expert", "Isograd", "2021-06", "juin 2021"))
                .skills("Comptabilité", "Comptabilité générale", "Comptabilité analytique", "Consolidation",
                        "Fiscalité (TVA, IS)")
                .skills("Logiciels", "Sage 100", "Cegid", "Excel (TCD, Power Query)")
                .skills("Qualités", "Rigueur", "Sens de l'organisation", "Discrétion")
                .build();
    }

    /**
     * Hannah Whitfield, digital marketing manager in Manchester; English; dates like "Jan 2020 – Present".
     *
     * @return the CV
     */
    public static SampleCv hannahWhitfield() {
        return SampleCv.builder()
                .language("en")
                .person(new Person("Hannah", "Whitfield", "Hannah Whitfield", "Digital Marketing Manager",
                        "hannah.whitfield@example.com", "+44 7700 900123", "+447700900123", "Manchester", "GB",
                        "https://www.linkedin.com/in/hannah-whitfield-example", null))
                .summary("Data-driven marketing manager with 10 years of experience building consumer brands "
                        + "across paid social, SEO and lifecycle email. I lead small, multi-disciplinary teams and "
                        + "love turning customer insight into campaigns that measurably grow revenue.")
                .job(new Job("Digital Marketing Manager", "Kestrel & Finch Retail Ltd", "Manchester", "2020-01",
                        null, "Jan 2020 – Present", List.of(
                        "Own a £1.2M annual paid media budget across Meta, Google and TikTok; cut cost per "
                                + "acquisition by 27%",
                        "Relaunched the loyalty email programme, lifting repeat purchase rate from 18% to 24%",
                        "Manage a team of three marketers and two agencies")))
                .job(new Job("Marketing Executive", "Northmoor Home Goods", "Leeds", "2017-06", "2019-12",
                        "Jun 2017 – Dec 2019", List.of(
                        "Planned and ran seasonal multichannel campaigns for 40+ product lines",
                        "Grew organic search traffic by 65% through a content and technical SEO overhaul")))
                .job(new Job("Marketing Assistant", "Pennyworth Publishing", "Manchester", "2016-01", "2017-05",
                        "Jan 2016 – May 2017", List.of(
                        "Coordinated social media calendars and book launch events",
                        "Produced weekly performance reports in Google Analytics")))
                .education(new Education("University of Eastmoor", "BSc (Hons)", "Marketing Management",
                        "BSc (Hons) Marketing Management, 2:1", "2012", "2015", "2012 – 2015"))
                .spokenLanguage("English", "en", "Native")
                .spokenLanguage("French", "fr", "Intermediate (B1)")
                .spokenLanguage("Spanish", "es", "Basic")
                .certification(new Certification("Google Ads Search Certification", "Google", "2024-03",
                        "Mar 2024"))
                .certification(new Certification("Level 6 Diploma in Professional Digital Marketing",
                        "Chartered Institute of Marketing", "2019-11", "Nov 2019"))
                .skills("Marketing", "Paid social", "SEO", "Email automation", "Brand strategy", "A/B testing")
                .skills("Tools", "Google Analytics 4", "HubSpot", "Looker Studio", "Figma")
                .skills("Leadership", "Stakeholder management", "Agency management", "Coaching")
                .build();
    }

    /**
     * Daniel Okafor, senior data scientist in Bristol, PhD; English; dates like "01/2020 - 03/2022".
     *
     * @return the CV
     */
    public static SampleCv danielOkafor() {
        return SampleCv.builder()
                .language("en")
                .headings(new Headings("Summary", "Professional Experience", "Education", "Technical Skills",
                        "Languages", "Certifications", "Contact"))
                .person(new Person("Daniel", "Okafor", "Daniel Okafor",
                        "Senior Data Scientist | Machine Learning & Forecasting", "d.okafor@example.org",
                        "07700 900456", "+447700900456", "Bristol", "GB",
                        "https://www.linkedin.com/in/daniel-okafor-example", "https://github.com/dokafor-example"))
                .summary("Data scientist with a PhD in statistics and eight years of experience building "
                        + "forecasting and fraud detection models that run in production. Comfortable across the "
                        + "full lifecycle, from problem framing and experimentation to deployment and monitoring.")
                .job(new Job("Senior Data Scientist", "Lumen Freight Analytics Ltd", "Bristol", "2022-04", null,
                        "04/2022 - Present", List.of(
                        "Lead the demand forecasting workstream (gradient boosting and hierarchical time series) "
                                + "serving 300+ depots",
                        "Reduced forecast error (WAPE) by 12 points, saving an estimated £2M a year in logistics "
                                + "costs",
                        "Mentor three data scientists; introduced code review and experiment tracking with MLflow")))
                .job(new Job("Data Scientist", "Quillon Insurance Group", "Cardiff", "2020-01", "2022-03",
                        "01/2020 - 03/2022", List.of(
                        "Built claim fraud detection models (XGBoost) and explained them to underwriters with SHAP",
                        "Deployed models as Python microservices on AWS")))
                .job(new Job("Research Associate", "University of Westhaven", "Westhaven", "2018-10", "2019-12",
                        "10/2018 - 12/2019", List.of(
                        "Developed Bayesian models for epidemiological surveillance data",
                        "Taught undergraduate statistics tutorials")))
                .education(new Education("University of Westhaven", "PhD", "Statistics", "PhD in Statistics",
                        "2014", "2018", "2014–2018"))
                .education(new Education("University of Eastmoor", "MSc", "Data Science",
                        "MSc Data Science (Distinction)", "2013", "2014", "2013–2014"))
                .education(new Education("University of Eastmoor", "BSc (Hons)", "Mathematics",
                        "BSc (Hons) Mathematics, First Class", "2010", "2013", "2010–2013"))
                .spokenLanguage("English", "en", "Native")
                .spokenLanguage("Igbo", "ig", "Conversational")
                .spokenLanguage("French", "fr", "Basic (A2)")
                .certification(new Certification("AWS Certified Machine Learning – Specialty", "Amazon Web Services",
                        "2021-08", "Aug 2021"))
                .skills("Programming", "Python", "SQL", "R")
                .skills("Machine learning", "scikit-learn", "XGBoost", "PyTorch", "Time series forecasting")
                .skills("Platforms", "AWS SageMaker", "Databricks", "Airflow", "Docker")
                .build();
    }

    /**
     * Priya Raman, HR business partner in Boston; English (US); dates like "March 2019 to Dec 2021", "2017–2019".
     *
     * @return the CV
     */
    public static SampleCv priyaRaman() {
        return SampleCv.builder()
                .language("en")
                .headings(new Headings("Summary", "Work History", "Education", "Core Competencies", "Languages",
                        "Certifications", "Contact"))
                .person(new Person("Priya", "Raman", "Priya Raman", "HR Business Partner, SHRM-CP",
                        "priya.raman@example.com", "+1 (617) 555-0148", "+16175550148", "Boston", "US",
                        "https://www.linkedin.com/in/priya-raman-example", null))
                .summary("People-focused HR business partner with more than ten years of experience supporting "
                        + "technology and operations teams of up to 600 employees. Skilled in organizational design, "
                        + "employee relations and fair, data-informed performance processes.")
                .job(new Job("HR Business Partner", "Harborview Robotics Inc.", "Boston, MA", "2022-01", null,
                        "January 2022 to Present", List.of(
                        "Partner with engineering and operations leaders (450 employees) on workforce planning "
                                + "and org design",
                        "Redesigned the performance review process, raising completion from 71% to 96%",
                        "Led the HR workstream of a 120-person acquisition integration")))
                .job(new Job("Senior HR Generalist", "Cobblestone Health Partners", "Cambridge, MA", "2019-03",
                        "2021-12", "March 2019 to Dec 2021", List.of(
                        "Handled employee relations cases and investigations for three clinics",
                        "Rolled out a new HRIS (Workday) to 600 employees")))
                .job(new Job("HR Generalist", "Maple Street Logistics", "Worcester, MA", "2017", "2019",
                        "2017–2019", List.of(
                        "Managed full-cycle recruiting for hourly and salaried roles (80+ hires per year)",
                        "Administered benefits open enrollment and leave of absence programs")))
                .job(new Job("HR Coordinator", "Maple Street Logistics", "Worcester, MA", "2015", "2016",
                        "2015–2016", List.of(
                        "Coordinated onboarding and maintained employee records")))
                .education(new Education("Bayside School of Business", "MBA", "Human Resources",
                        "MBA, Human Resources concentration", "2018", "2020", "2018 – 2020 (part-time)"))
                .education(new Education("Northfield College", "BA", "Psychology", "BA in Psychology", "2011",
                        "2015", "2011 – 2015"))
                .spokenLanguage("English", "en", "Native")
                .spokenLanguage("Tamil", "ta", "Fluent")
                .spokenLanguage("Spanish", "es", "Professional working proficiency")
                .certification(new Certification("SHRM Certified Professional (SHRM-CP)",
                        "Society for Human Resource Management", "2018-06", "June 2018"))
                .skills("Human resources", "Employee relations", "Talent acquisition", "Performance management",
                        "Compensation & benefits")
                .skills("Systems", "Workday", "Greenhouse", "Excel")
                .build();
    }
}
