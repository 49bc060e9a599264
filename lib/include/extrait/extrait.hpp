// extrait/extrait.hpp: the whole public API in one include.
#pragma once

#include "extrait/analyzer.hpp"
#include "extrait/decimal.hpp"
#include "extrait/error.hpp"
#include "extrait/report.hpp"
#include "extrait/writers.hpp"
