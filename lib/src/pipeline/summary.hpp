// pipeline/summary.hpp: the sentences an editor reads first.
//
// For now the lead of the article: the first sentences that are prose (not a title, a "Lire
// aussi" line or a photo credit), up to the length asked. The fact-driven summary replaces it.
#pragma once

#include "extrait/analyzer.hpp"
#include "extrait/report.hpp"
#include "segment/segmenter.hpp"
#include "text/document.hpp"

namespace extrait::pipeline {

Summary summarize(const text::Document& doc, const segment::Segmentation& segmentation,
                  const Report& report, const Options& options);

}  // namespace extrait::pipeline
