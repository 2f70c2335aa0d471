/*
 * The search page of a dueregard site. Reads search-index.json (made by the build from the text the pages publish,
 * nothing else) and lists the pages that have every word typed, best first. No third party, no server, no cookies.
 * Words are split as the build splits them (SearchIndex.java): accents dropped, lower case, runs of letters and
 * digits, a point or comma between two digits kept ("19.5") or dropped ("6,173" is 6173); a typed word matches the start of a word
 * ("gap" finds "gaps").
 */
(function () {
  'use strict';

  var COMMON = ['a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'has', 'have', 'in', 'is', 'it', 'its',
    'of', 'on', 'or', 'that', 'the', 'this', 'to', 'was', 'were', 'which', 'with'];

  function wordsOf(text) {
    var plain = (text || '').normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/(?<=\p{Nd}),(?=\p{Nd})/gu, '');
    return (plain.match(/[\p{L}\p{N}]+(?:(?<=\p{Nd})\.(?=\p{Nd})[\p{L}\p{N}]+)*/gu) || [])
      .filter(function (word) { return COMMON.indexOf(word) < 0; });
  }

  function anyStartsWith(words, prefix) {
    for (var i = 0; i < words.length; i++) if (words[i].lastIndexOf(prefix, 0) === 0) return true;
    return false;
  }

  /** Pages with every word, those with the words in their title first, then in the order of the site. */
  function find(pages, typed) {
    var results = [];
    pages.forEach(function (page, order) {
      var title = wordsOf(page.title);
      var text = title.concat(wordsOf(page.summary), page.words ? page.words.split(' ') : []);
      if (!typed.every(function (word) { return anyStartsWith(text, word); })) return;
      var inTitle = typed.filter(function (word) { return anyStartsWith(title, word); }).length;
      results.push({ page: page, inTitle: inTitle, order: order });
    });
    results.sort(function (a, b) { return b.inTitle - a.inTitle || a.order - b.order; });
    return results.map(function (result) { return result.page; });
  }

  /** A sentence of the page's language from the form's data-* attributes, with {count} and {words} filled in. */
  function say(form, name, count, words) {
    return (form.dataset[name] || '').replace('{count}', String(count)).replace('{words}', words);
  }

  function show(form, pages, query) {
    var status = document.getElementById('search-status');
    var list = document.getElementById('search-list');
    var typed = wordsOf(query);
    list.textContent = '';
    if (typed.length === 0) {
      list.hidden = true;
      status.textContent = query.trim() ? say(form, 'typeWord', 0, '') : '';
      return;
    }
    var found = find(pages, typed);
    found.forEach(function (page) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = page.url;
      link.textContent = page.title;
      link.className = 'search-results__link';
      item.appendChild(link);
      if (page.summary) {
        var summary = document.createElement('p');
        summary.textContent = page.summary;
        item.appendChild(summary);
      }
      list.appendChild(item);
    });
    list.hidden = found.length === 0;
    var words = query.trim();
    var sentence = say(form, found.length === 0 ? 'foundNone' : found.length === 1 ? 'foundOne' : 'foundMany', found.length, words);
    status.textContent = sentence + (found.length === 0 ? ' ' + say(form, 'noneAdvice', 0, words) : '');
    // The tab's title says what was found too, so the browser's history and a screen reader's window list say it.
    if (!form.dataset.title) form.dataset.title = document.title;
    document.title = sentence.replace(/[.\u06D4]$/, '') + ' - ' + form.dataset.title;
  }

  function start() {
    var form = document.querySelector('form[data-index]');
    if (!form || !window.fetch) return;
    var input = form.querySelector('input[name="q"]');
    var query = new URLSearchParams(window.location.search).get('q') || '';
    input.value = query;
    fetch(form.getAttribute('data-index'))
      .then(function (response) { return response.json(); })
      .then(function (index) {
        show(form, index.pages, query);
        form.addEventListener('submit', function (event) {
          event.preventDefault();
          var typed = input.value;
          var url = new URL(window.location.href);
          url.searchParams.set('q', typed);
          window.history.replaceState(null, '', url);
          show(form, index.pages, typed);
        });
      })
      .catch(function () {
        document.getElementById('search-status').textContent = say(form, 'failed', 0, '');
      });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
