package de.quartier.directory;

import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.de.GermanLightStemFilterFactory;
import org.apache.lucene.analysis.de.GermanNormalizationFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Analysis of the directory index. {@code german}: standard tokenizer, lower case, German stop words,
 * normalisation (ä→a, ß→ss) and light stemming, so "Sprachkurse" finds "Sprachkurs". {@code german_parts}: the
 * same plus splitting compounds along a dictionary of common word parts ({@code directory/compound-parts.txt}), so
 * "Deutschkurs" also yields "deutsch" and "kurs" and meets "Deutsch-Kurs". Configured in application.properties.
 */
public final class SearchAnalysis implements LuceneAnalysisConfigurer {

    static final String GERMAN = "german";
    static final String GERMAN_PARTS = "german_parts";
    static final String NEUTRAL = "neutral";
    static final String SORT = "sort";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(GERMAN)
                .custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(StopFilterFactory.class)
                .param("words", "org/apache/lucene/analysis/snowball/german_stop.txt")
                .param("format", "snowball")
                .param("ignoreCase", "true")
                .tokenFilter(GermanNormalizationFilterFactory.class)
                .tokenFilter(GermanLightStemFilterFactory.class);
        context.analyzer(GERMAN_PARTS)
                .custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(StopFilterFactory.class)
                .param("words", "org/apache/lucene/analysis/snowball/german_stop.txt")
                .param("format", "snowball")
                .param("ignoreCase", "true")
                .tokenFilter(GermanNormalizationFilterFactory.class)
                .tokenFilter(DictionaryCompoundWordTokenFilterFactory.class)
                .param("dictionary", "directory/compound-parts.txt")
                .param("minWordSize", "6")
                .param("minSubwordSize", "3")
                .param("maxSubwordSize", "15")
                .param("onlyLongestMatch", "true")
                .tokenFilter(GermanLightStemFilterFactory.class)
                .tokenFilter(RemoveDuplicatesTokenFilterFactory.class);
        context.analyzer(NEUTRAL)
                .custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class);
        context.normalizer(SORT)
                .custom()
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class);
    }
}
