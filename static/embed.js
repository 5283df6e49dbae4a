/*
 * CRM ROI calculator: the host-page script that sizes embedded calculators.
 *
 * Put it after the iframe (see the README's snippet). Every <iframe data-crm-roi>
 * takes the height the calculator inside it reports, so the article shows the whole
 * calculator without a scrollbar of its own.
 *
 * It accepts a message only when all of these hold:
 *  - it comes from the window of one of those iframes,
 *  - from the origin of that iframe's src (not a page the frame was sent to later),
 *  - it is {type: "crm-roi:resize", height: <number>} with a sane height.
 * Anything else is ignored. The messages carry no data about the visitor's figures.
 * When it starts, it asks each calculator for its height once more (a calculator that
 * loaded first has already sent it): {type: "crm-roi:height-request"}, sent only to
 * the origin of the iframe's src.
 */
(function () {
  'use strict';
  if (window.crmRoiEmbed) return; // the snippet may be pasted more than once
  var TYPE = 'crm-roi:resize';
  var MAX_HEIGHT = 100000;

  function originOf(frame) {
    try {
      return new URL(frame.getAttribute('src') || '', document.baseURI).origin;
    } catch (e) {
      return null;
    }
  }

  function onMessage(event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== TYPE) return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height < 0 || height > MAX_HEIGHT) return;
    var frames = document.querySelectorAll('iframe[data-crm-roi]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      if (event.origin !== originOf(frame)) return;
      frame.style.height = Math.ceil(height) + 'px';
      return;
    }
  }

  window.addEventListener('message', onMessage);
  window.crmRoiEmbed = { version: 1 };

  // This script loads async: a calculator that has already reported its height is asked
  // to report it again (only to the origin of the iframe's src).
  var frames = document.querySelectorAll('iframe[data-crm-roi]');
  for (var i = 0; i < frames.length; i++) {
    var origin = originOf(frames[i]);
    if (origin && origin !== 'null' && frames[i].contentWindow) {
      frames[i].contentWindow.postMessage({ type: 'crm-roi:height-request' }, origin);
    }
  }
})();
