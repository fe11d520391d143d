package dev.cvmatch.internal.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * The function-word check answers only for plain French or English and leaves everything else to OpenNLP. The
 * texts are written for this test (CV-like, telegraphic), not taken from a corpus.
 */
class FrenchOrEnglishTest {

    private static final String FRENCH = """
            Développeuse Java confirmée, huit ans d'expérience dans la banque et l'assurance.
            Expérience professionnelle
            2019 - aujourd'hui : Ingénieure logiciel chez Société Générale, Paris. Conception des API de paiement,
            migration vers Spring Boot et mise en place de l'intégration continue pour les équipes du groupe.
            2015 - 2019 : Développeuse chez Capgemini, Lyon. Maintenance des applications de gestion des sinistres
            pour un assureur, rédaction des spécifications avec le client et formation des nouveaux arrivants.
            Formation : Master en informatique, Université Lyon 1, avec une spécialité en systèmes distribués.
            Langues : français (langue maternelle), anglais courant.
            """;

    private static final String ENGLISH = """
            Senior data engineer with nine years of experience in retail and logistics.
            Experience
            2020 - present: Lead Data Engineer at Tesco, London. Designed the streaming platform for the stores and
            moved the batch jobs to Spark on Kubernetes, working with the analytics team and the product owners.
            2016 - 2020: Data Engineer at Ocado, Hatfield. Built the pipelines that feed the demand forecasts, on-call
            for the warehouse systems, and mentored two junior engineers through their first year.
            Education: MSc in Computer Science from the University of Edinburgh, with a thesis on query planning.
            Languages: English (native), French (intermediate).
            """;

    @Test
    void plainFrenchAndEnglishAreRecognised() {
        assertEquals("fr", FrenchOrEnglish.decide(FRENCH));
        assertEquals("en", FrenchOrEnglish.decide(ENGLISH));
    }

    @Test
    void otherEuropeanLanguagesAreLeftToTheFullDetector() {
        assertNull(FrenchOrEnglish.decide("""
                Ingeniera de software con ocho años de experiencia en el sector bancario y en los seguros. Desde
                2019 trabajo como desarrolladora en el equipo de pagos de Santander, en Madrid, con Java y Spring,
                y antes fui consultora para una empresa de logística, donde diseñé las interfaces con los clientes
                y la migración de los sistemas al nuevo centro de datos. Formación: Máster en informática por la
                Universidad Politécnica de Madrid. Idiomas: español (nativo), inglés y francés.
                """), "Spanish");
        assertNull(FrenchOrEnglish.decide("""
                Softwareentwicklerin mit acht Jahren Erfahrung in der Bankbranche und im Versicherungswesen. Seit
                2019 arbeite ich als Entwicklerin im Zahlungsteam der Deutschen Bank in Frankfurt, mit Java und
                Spring, und davor war ich Beraterin für ein Logistikunternehmen, wo ich die Schnittstellen zu den
                Kunden und die Migration der Systeme in das neue Rechenzentrum entworfen habe. Ausbildung: Master
                in Informatik an der Technischen Universität München. Sprachen: Deutsch, Englisch und Französisch.
                """), "German");
        assertNull(FrenchOrEnglish.decide("""
                Ingegnera del software con otto anni di esperienza nel settore bancario e nelle assicurazioni. Dal
                2019 lavoro come sviluppatrice nel team dei pagamenti di UniCredit a Milano, con Java e Spring, e
                prima sono stata consulente presso una società di logistica, dove ho progettato le interfacce con i
                clienti e la migrazione dei sistemi nel nuovo centro dati. Formazione: laurea magistrale in
                informatica presso il Politecnico di Milano. Lingue: italiano, inglese e francese.
                """), "Italian");
        assertNull(FrenchOrEnglish.decide("""
                Engenheira de software com oito anos de experiência no setor bancário e nos seguros. Desde 2019
                trabalho como desenvolvedora na equipe de pagamentos do Itaú, em São Paulo, com Java e Spring, e
                antes fui consultora para uma empresa de logística, onde desenhei as interfaces com os clientes e a
                migração dos sistemas para o novo centro de dados. Formação: mestrado em informática pela
                Universidade de São Paulo. Idiomas: português, inglês e francês.
                """), "Portuguese");
        assertNull(FrenchOrEnglish.decide("""
                Software-engineer met acht jaar ervaring in de bankensector en bij verzekeraars. Sinds 2019 werk ik
                als ontwikkelaar in het betalingsteam van ING in Amsterdam, met Java en Spring, en daarvoor was ik
                consultant voor een logistiek bedrijf, waar ik de koppelingen met de klanten en de migratie van de
                systemen naar het nieuwe datacenter heb ontworpen. Opleiding: master informatica aan de
                Universiteit van Amsterdam. Talen: Nederlands, Engels en Frans.
                """), "Dutch");
    }

    @Test
    void aShortJobAdvertIsRecognisedWhenNoOtherLanguageShows() {
        assertEquals("en", FrenchOrEnglish.decide("""
                Senior Java Developer (Paris)
                We are looking for a backend developer with 5+ years of experience in Java, Spring Boot, SQL and
                Docker. Fluent English; French is a plus."""));
        assertEquals("fr", FrenchOrEnglish.decide("""
                Développeur Java senior (Lyon)
                Nous recherchons un développeur backend avec 5 ans d'expérience sur Java et Spring Boot, pour
                l'équipe paiements. Anglais courant."""));
    }

    @Test
    void mixedFrenchAndEnglishIsLeftToTheFullDetector() {
        int half = FRENCH.length() / 2;
        assertNull(FrenchOrEnglish.decide(FRENCH.substring(0, half) + ENGLISH.substring(0, ENGLISH.length() / 2)));
    }

    @Test
    void shortTextsAndKeywordListsAreLeftToTheFullDetector() {
        assertNull(FrenchOrEnglish.decide("Java, Spring Boot, Kafka, Docker, Kubernetes, PostgreSQL, AWS, Git"));
        assertNull(FrenchOrEnglish.decide("Ingénieure logiciel chez Airbus, Toulouse, depuis 2019"));
        assertNull(FrenchOrEnglish.decide("Software engineer at Airbus, Toulouse, since 2019"));
        assertNull(FrenchOrEnglish.decide(""));
    }
}
